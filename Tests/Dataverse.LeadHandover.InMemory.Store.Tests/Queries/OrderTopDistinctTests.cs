using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Queries;

/// <summary>
/// Orders on main and linked columns (nulls first ascending, as SQL Server), TopCount and Distinct
/// (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/order-rows,
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.queryexpression.topcount,
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.queryexpression.distinct).
/// </summary>
[TestClass]
public sealed class OrderTopDistinctTests
{
    [TestMethod]
    public void RetrieveMultiple_OrderAscendingByText_IgnoresCase()
    {
        var store = QueryScenario.Build();
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("subject") };
        query.AddOrder("subject", OrderType.Ascending);

        CollectionAssert.AreEqual(new[] { "Alpha Build", "beta works", "Gamma" }, store.RetrieveMultiple(query).Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_OrderDescendingWithNulls_PutsNullsLast()
    {
        var store = QueryScenario.Build();
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("subject") };
        query.AddOrder("numberofemployees", OrderType.Descending);

        CollectionAssert.AreEqual(new[] { "beta works", "Alpha Build", "Gamma" }, store.RetrieveMultiple(query).Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_OrderAscendingWithNulls_PutsNullsFirst()
    {
        var store = QueryScenario.Build();
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("subject") };
        query.AddOrder("numberofemployees", OrderType.Ascending);

        CollectionAssert.AreEqual(new[] { "Gamma", "Alpha Build", "beta works" }, store.RetrieveMultiple(query).Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_OrderByLinkedColumn_SortsByTheLinkedValue()
    {
        var store = QueryScenario.Build();
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("subject") };
        var account = query.AddLink("account", "parentaccountid", "accountid");
        account.Orders.Add(new OrderExpression("address1_city", OrderType.Ascending));

        CollectionAssert.AreEqual(new[] { "beta works", "Alpha Build" }, store.RetrieveMultiple(query).Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_MainOrderNamingLinkAlias_SortsByTheLinkedValue()
    {
        var store = QueryScenario.Build();
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("subject") };
        query.AddLink("account", "parentaccountid", "accountid").EntityAlias = "acct";
        query.AddOrder("name", OrderType.Descending, null, "acct");

        CollectionAssert.AreEqual(new[] { "beta works", "Alpha Build" }, store.RetrieveMultiple(query).Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_OrderByLookup_SortsByTheReferencedName()
    {
        var store = QueryScenario.Build();
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("subject") };
        query.Criteria.AddCondition("parentaccountid", ConditionOperator.NotNull);
        query.AddOrder("parentaccountid", OrderType.Descending);

        CollectionAssert.AreEqual(new[] { "beta works", "Alpha Build" }, store.RetrieveMultiple(query).Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_TopCount_ReturnsThatManyWithoutMoreRecords()
    {
        var store = QueryScenario.Build();
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("subject"), TopCount = 2 };
        query.AddOrder("subject", OrderType.Descending);

        var results = store.RetrieveMultiple(query);

        CollectionAssert.AreEqual(new[] { "Gamma", "beta works" }, results.Texts("subject"));
        Assert.IsFalse(results.MoreRecords);
    }

    [TestMethod]
    public void RetrieveMultiple_DistinctOverOneToManyLink_ReturnsEachMainRowOnce()
    {
        var store = QueryScenario.Build();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), Distinct = true };
        query.AddLink("contact", "accountid", "parentcustomerid");

        CollectionAssert.AreEqual(new[] { "Contoso" }, store.RetrieveMultiple(query).Texts("name"));
    }

    [TestMethod]
    public void RetrieveMultiple_NotDistinctOverOneToManyLink_RepeatsTheMainRow()
    {
        var store = QueryScenario.Build();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddLink("contact", "accountid", "parentcustomerid");

        CollectionAssert.AreEqual(new[] { "Contoso", "Contoso" }, store.RetrieveMultiple(query).Texts("name"));
    }
}
