using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Queries;

/// <summary>
/// Joins with LinkEntity: inner and left outer, nested links, link criteria, and linked columns returned as
/// AliasedValue under <c>alias.column</c> (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/join-tables).
/// An un-aliased link gets <c>&lt;table&gt;N</c> (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/link-entity);
/// N counting per table is the store's documented choice (UNVERIFIED).
/// </summary>
[TestClass]
public sealed class LinkEntityTests
{
    [TestMethod]
    public void RetrieveMultiple_InnerLinkWithAlias_ReturnsAliasedValuesAndDropsUnmatchedRows()
    {
        var store = QueryScenario.Build();
        var query = LeadQuery();
        var account = query.AddLink("account", "parentaccountid", "accountid");
        account.EntityAlias = "acct";
        account.Columns = new ColumnSet("name");

        var results = store.RetrieveMultiple(query);

        Assert.HasCount(2, results.Entities);
        var alpha = results.Entities.Single(e => (string)e["subject"] == "Alpha Build");
        var name = alpha.GetAttributeValue<AliasedValue>("acct.name");
        Assert.AreEqual("Contoso", name.Value);
        Assert.AreEqual("account", name.EntityLogicalName);
        Assert.AreEqual("name", name.AttributeLogicalName);
    }

    [TestMethod]
    public void RetrieveMultiple_OuterLink_KeepsUnmatchedRowsWithoutLinkedValues()
    {
        var store = QueryScenario.Build();
        var query = LeadQuery();
        query.AddLink("account", "parentaccountid", "accountid", JoinOperator.LeftOuter).Columns = new ColumnSet("name");

        var results = store.RetrieveMultiple(query);

        Assert.HasCount(3, results.Entities);
        var gamma = results.Entities.Single(e => (string)e["subject"] == "Gamma");
        Assert.IsFalse(gamma.Contains("account1.name"));
    }

    [TestMethod]
    public void RetrieveMultiple_UnaliasedLinks_GetTableNameAndNumber()
    {
        var store = QueryScenario.Build();
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("subject") };
        query.AddLink("account", "parentaccountid", "accountid").Columns = new ColumnSet("name");
        query.AddLink("systemuser", "ownerid", "systemuserid").Columns = new ColumnSet("fullname");
        query.AddLink("systemuser", "createdby", "systemuserid").Columns = new ColumnSet("fullname");

        var alpha = store.RetrieveMultiple(query).Entities.Single(e => (string)e["subject"] == "Alpha Build");

        Assert.AreEqual("Contoso", alpha.GetAttributeValue<AliasedValue>("account1.name").Value);
        Assert.AreEqual("Sam Sales", alpha.GetAttributeValue<AliasedValue>("systemuser1.fullname").Value);
        Assert.AreEqual("Sam Sales", alpha.GetAttributeValue<AliasedValue>("systemuser2.fullname").Value);
    }

    [TestMethod]
    public void RetrieveMultiple_NestedOneToManyLink_ReturnsOneRowPerMatch()
    {
        var store = QueryScenario.Build();
        var query = LeadQuery();
        var account = query.AddLink("account", "parentaccountid", "accountid");
        account.EntityAlias = "acct";
        var contact = account.AddLink("contact", "accountid", "parentcustomerid");
        contact.EntityAlias = "person";
        contact.Columns = new ColumnSet("fullname");

        var results = store.RetrieveMultiple(query);

        CollectionAssert.AreEquivalent(new object[] { "Dana Contoso", "Eli Contoso" }, results.Aliased("person.fullname"));
        CollectionAssert.AreEqual(new[] { "Alpha Build", "Alpha Build" }, results.Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_LinkCriteria_FilterTheLinkedTable()
    {
        var store = QueryScenario.Build();
        var query = LeadQuery();
        query.AddLink("account", "parentaccountid", "accountid").LinkCriteria.AddCondition("address1_city", ConditionOperator.Equal, "Dallas");

        CollectionAssert.AreEqual(new[] { "beta works" }, store.RetrieveMultiple(query).Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_OuterLinkWithCriteria_KeepsEveryMainRow()
    {
        var store = QueryScenario.Build();
        var query = LeadQuery();
        var account = query.AddLink("account", "parentaccountid", "accountid", JoinOperator.LeftOuter);
        account.EntityAlias = "acct";
        account.Columns = new ColumnSet("name");
        account.LinkCriteria.AddCondition("address1_city", ConditionOperator.Equal, "Dallas");

        var results = store.RetrieveMultiple(query);

        Assert.HasCount(3, results.Entities);
        CollectionAssert.AreEquivalent(new object?[] { null, "Fabrikam", null }, results.Aliased("acct.name"));
    }

    [TestMethod]
    public void RetrieveMultiple_MainCriteriaOnLinkAlias_FilterJoinedRows()
    {
        var store = QueryScenario.Build();
        var query = LeadQuery();
        query.AddLink("account", "parentaccountid", "accountid", JoinOperator.LeftOuter).EntityAlias = "acct";
        query.Criteria.AddCondition("acct", "name", ConditionOperator.Null);

        CollectionAssert.AreEqual(new[] { "Gamma" }, store.RetrieveMultiple(query).Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_NotAnyLink_KeepsRowsWithoutMatch()
    {
        var store = QueryScenario.Build();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddLink("contact", "accountid", "parentcustomerid", JoinOperator.NotAny);

        CollectionAssert.AreEqual(new[] { "Fabrikam" }, store.RetrieveMultiple(query).Texts("name"));
    }

    [TestMethod]
    public void RetrieveMultiple_ExistsLink_KeepsEachMatchingRowOnce()
    {
        var store = QueryScenario.Build();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddLink("contact", "accountid", "parentcustomerid", JoinOperator.Exists);

        CollectionAssert.AreEqual(new[] { "Contoso" }, store.RetrieveMultiple(query).Texts("name"));
    }

    [TestMethod]
    public void RetrieveMultiple_LinkToUnknownTable_FaultsUnknownTable()
    {
        var store = QueryScenario.Build();
        var query = LeadQuery();
        query.AddLink("lhv_nothing", "parentaccountid", "lhv_nothingid");

        FaultAssert.Throws(-2147217150, () => store.RetrieveMultiple(query));
    }

    [TestMethod]
    public void RetrieveMultiple_TwoLinksWithTheSameAlias_FaultsDuplicateAlias()
    {
        var store = QueryScenario.Build();
        var query = LeadQuery();
        query.AddLink("account", "parentaccountid", "accountid").EntityAlias = "x";
        query.AddLink("systemuser", "ownerid", "systemuserid").EntityAlias = "x";

        FaultAssert.Throws(-2147217104, () => store.RetrieveMultiple(query));
    }

    private static QueryExpression LeadQuery() => new("lead") { ColumnSet = new ColumnSet("subject") };
}
