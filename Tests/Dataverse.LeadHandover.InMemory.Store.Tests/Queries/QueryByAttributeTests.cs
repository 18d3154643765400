using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Queries;

/// <summary>
/// QueryByAttribute: an AND of attribute equalities, with orders, TopCount and paging
/// (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.querybyattribute). <c>new QueryByAttribute("x")</c>
/// leaves ColumnSet and PageInfo null; the store then returns only the primary key, as a null ColumnSet
/// does on Retrieve (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.retrieverequest.columnset).
/// Empty or mismatched arrays fault QueryBuilderByAttributeNonEmpty / QueryBuilderByAttributeMismatch
/// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes).
/// </summary>
[TestClass]
public sealed class QueryByAttributeTests
{
    [TestMethod]
    public void RetrieveMultiple_TwoAttributes_MatchesRowsEqualToBoth()
    {
        var store = QueryScenario.Build();
        var query = new QueryByAttribute("lead") { ColumnSet = new ColumnSet("subject") };
        query.AddAttributeValue("ownerid", KnownIds.SalesUser);
        query.AddAttributeValue("leadqualitycode", 2);

        CollectionAssert.AreEqual(new[] { "beta works" }, store.RetrieveMultiple(query).Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_ConstructorDefaults_ReturnsOnlyPrimaryKeys()
    {
        var store = QueryScenario.Build();
        var query = new QueryByAttribute("lead");
        query.AddAttributeValue("ownerid", KnownIds.SalesUser);

        var results = store.RetrieveMultiple(query);

        Assert.HasCount(2, results.Entities);
        foreach (var row in results.Entities)
        {
            Assert.HasCount(1, row.Attributes);
            Assert.AreEqual(row.Id, row["leadid"]);
        }
    }

    [TestMethod]
    public void RetrieveMultiple_OrdersAndTopCount_AreApplied()
    {
        var store = QueryScenario.Build();
        var query = new QueryByAttribute("lead") { ColumnSet = new ColumnSet("subject"), TopCount = 1 };
        query.AddAttributeValue("ownerid", KnownIds.SalesUser);
        query.AddOrder("subject", OrderType.Descending);

        CollectionAssert.AreEqual(new[] { "beta works" }, store.RetrieveMultiple(query).Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_PageInfo_PagesTheMatches()
    {
        var store = QueryScenario.Build();
        var query = new QueryByAttribute("lead") { ColumnSet = new ColumnSet("subject"), PageInfo = new PagingInfo { PageNumber = 1, Count = 1 } };
        query.AddAttributeValue("ownerid", KnownIds.SalesUser);
        query.AddOrder("subject", OrderType.Ascending);

        var page = store.RetrieveMultiple(query);

        CollectionAssert.AreEqual(new[] { "Alpha Build" }, page.Texts("subject"));
        Assert.IsTrue(page.MoreRecords);
    }

    [TestMethod]
    public void RetrieveMultiple_NoAttributes_FaultsNonEmpty()
    {
        var store = QueryScenario.Build();

        FaultAssert.Throws(-2147217136, () => store.RetrieveMultiple(new QueryByAttribute("lead")));
    }

    [TestMethod]
    public void RetrieveMultiple_MoreValuesThanAttributes_FaultsMismatch()
    {
        var store = QueryScenario.Build();
        var query = new QueryByAttribute("lead");
        query.Attributes.Add("subject");
        query.Values.Add("Gamma");
        query.Values.Add("extra");

        FaultAssert.Throws(-2147217137, () => store.RetrieveMultiple(query));
    }
}
