using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Queries;

/// <summary>
/// Paging with PageInfo and paging cookies: default and maximum 5,000 rows a page, MoreRecords, the cookie
/// format and continuing after the cookie's last row, and the total record count
/// (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/page-results,
/// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/count-rows).
/// </summary>
[TestClass]
public sealed class PagingTests
{
    [TestMethod]
    public void RetrieveMultiple_TwelveThousandRowsWithCookie_ReturnsThreePagesInKeyOrder()
    {
        var store = new StoreBuilder().Build();
        for (var i = 1; i <= 12_000; i++)
        {
            store.Create(new Entity("lead", KnownIds.Numbered(i)), KnownIds.SalesUser);
        }

        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("leadid"), PageInfo = new PagingInfo { PageNumber = 1, Count = 5000 } };
        var pages = new List<EntityCollection>();
        while (true)
        {
            var page = store.RetrieveMultiple(query);
            pages.Add(page);
            if (!page.MoreRecords)
            {
                break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        CollectionAssert.AreEqual(new[] { 5000, 5000, 2000 }, pages.Select(p => p.Entities.Count).ToArray());
        CollectionAssert.AreEqual(new[] { true, true, false }, pages.Select(p => p.MoreRecords).ToArray());
        Assert.IsTrue(pages.All(p => p.PagingCookie is not null));
        var ids = pages.SelectMany(p => p.Entities).Select(e => e.Id).ToList();
        CollectionAssert.AreEqual(Enumerable.Range(1, 12_000).Select(KnownIds.Numbered).ToList(), ids);
    }

    [TestMethod]
    public void RetrieveMultiple_NoPageInfo_ReturnsAtMostFiveThousandWithMoreRecords()
    {
        var store = new StoreBuilder().Build();
        for (var i = 1; i <= 5_001; i++)
        {
            store.Create(new Entity("account", KnownIds.Numbered(i)), KnownIds.SalesUser);
        }

        var results = store.RetrieveMultiple(new QueryExpression("account"));

        Assert.HasCount(5000, results.Entities);
        Assert.IsTrue(results.MoreRecords);
    }

    [TestMethod]
    public void RetrieveMultiple_FirstPage_CookieHasPlatformFormat()
    {
        var store = QueryScenario.Build();
        var query = new QueryExpression("lead") { PageInfo = new PagingInfo { PageNumber = 1, Count = 2 } };

        var page = store.RetrieveMultiple(query);

        Assert.AreEqual("<cookie page=\"1\"><leadid last=\"{1EAD0000-0000-0000-0000-000000000002}\" first=\"{1EAD0000-0000-0000-0000-000000000001}\" /></cookie>", page.PagingCookie);
        Assert.IsTrue(page.MoreRecords);
    }

    [TestMethod]
    public void RetrieveMultiple_OrderedQuery_CookieListsTheOrderColumnBeforeTheKey()
    {
        var store = QueryScenario.Build();
        var query = new QueryExpression("lead") { PageInfo = new PagingInfo { PageNumber = 1, Count = 2 } };
        query.AddOrder("subject", OrderType.Ascending);

        var page = store.RetrieveMultiple(query);

        StringAssert.StartsWith(page.PagingCookie, "<cookie page=\"1\"><subject last=\"beta works\" first=\"Alpha Build\" /><leadid ");
    }

    [TestMethod]
    public void RetrieveMultiple_NextPageWithCookie_ContinuesAfterTheLastRowEvenIfEarlierRowsWentAway()
    {
        var store = QueryScenario.Build();
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("subject"), PageInfo = new PagingInfo { PageNumber = 1, Count = 2 } };
        query.AddOrder("subject", OrderType.Ascending);
        var first = store.RetrieveMultiple(query);
        store.Delete(new EntityReference("lead", KnownIds.Lead), ConcurrencyBehavior.Default);

        query.PageInfo.PageNumber = 2;
        query.PageInfo.PagingCookie = first.PagingCookie;
        var second = store.RetrieveMultiple(query);

        CollectionAssert.AreEqual(new[] { "Gamma" }, second.Texts("subject"));
        Assert.IsFalse(second.MoreRecords);
    }

    [TestMethod]
    public void RetrieveMultiple_NextPageWithoutCookie_UsesThePosition()
    {
        var store = QueryScenario.Build();
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("subject"), PageInfo = new PagingInfo { PageNumber = 2, Count = 2 } };
        query.AddOrder("subject", OrderType.Ascending);

        CollectionAssert.AreEqual(new[] { "Gamma" }, store.RetrieveMultiple(query).Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_ReturnTotalRecordCount_CountsAllMatchingRows()
    {
        var store = QueryScenario.Build();
        var query = new QueryExpression("lead") { PageInfo = new PagingInfo { PageNumber = 1, Count = 1, ReturnTotalRecordCount = true } };

        var page = store.RetrieveMultiple(query);

        Assert.AreEqual(3, page.TotalRecordCount);
        Assert.IsFalse(page.TotalRecordCountLimitExceeded);
        Assert.HasCount(1, page.Entities);
    }

    [TestMethod]
    public void RetrieveMultiple_WithoutTotalRecordCount_ReportsMinusOne()
    {
        var store = QueryScenario.Build();

        Assert.AreEqual(-1, store.RetrieveMultiple(new QueryExpression("lead")).TotalRecordCount);
    }

    [TestMethod]
    public void RetrieveMultiple_OrderedByLinkedColumn_ReturnsNoCookie()
    {
        var store = QueryScenario.Build();
        var query = new QueryExpression("lead") { PageInfo = new PagingInfo { PageNumber = 1, Count = 1 } };
        query.AddLink("account", "parentaccountid", "accountid").Orders.Add(new OrderExpression("name", OrderType.Ascending));

        var page = store.RetrieveMultiple(query);

        Assert.IsNull(page.PagingCookie);
        Assert.IsTrue(page.MoreRecords);
    }

    [TestMethod]
    public void RetrieveMultiple_AnyQuery_NamesTheTableInTheResult()
    {
        var store = QueryScenario.Build();

        Assert.AreEqual("lead", store.RetrieveMultiple(new QueryExpression("lead")).EntityName);
    }

    [TestMethod]
    public void RetrieveMultiple_UnknownTable_FaultsUnknownTable()
    {
        var store = QueryScenario.Build();

        FaultAssert.Throws(-2147217150, () => store.RetrieveMultiple(new QueryExpression("lhv_nothing")));
    }

    [TestMethod]
    public void RetrieveMultiple_PageBeyondTheEnd_IsEmptyWithoutMoreRecords()
    {
        var store = QueryScenario.Build();

        var page = store.RetrieveMultiple(new QueryExpression("lead") { PageInfo = new PagingInfo { PageNumber = 5, Count = 2 } });

        Assert.HasCount(0, page.Entities);
        Assert.IsFalse(page.MoreRecords);
        Assert.IsNull(page.PagingCookie);
    }

    [TestMethod]
    public void RetrieveMultiple_ResultRows_CarryIdAndPrimaryKeyEvenWhenNotRequested()
    {
        var store = QueryScenario.Build();

        var row = store.RetrieveMultiple(new QueryExpression("lead") { ColumnSet = new ColumnSet("subject"), TopCount = 1 }).Entities[0];

        Assert.AreNotEqual(Guid.Empty, row.Id);
        Assert.AreEqual(row.Id, row["leadid"]);
        Assert.IsFalse(string.IsNullOrEmpty(row.RowVersion));
    }
}
