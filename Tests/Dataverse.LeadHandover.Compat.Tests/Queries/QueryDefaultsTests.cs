using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Compat.Tests.Queries;

/// <summary>
/// What the query constructors initialise in Microsoft's SDK:
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.queryexpression,
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.querybyattribute and
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.paginginfo.
/// </summary>
[TestClass]
public sealed class QueryDefaultsTests
{
    [TestMethod]
    public void QueryByAttribute_EntityNameConstructor_LeavesColumnSetAndPageInfoNull()
    {
        var query = new QueryByAttribute("lead");

        Assert.AreEqual("lead", query.EntityName);
        Assert.IsNull(query.ColumnSet);
        Assert.IsNull(query.PageInfo);
        Assert.IsNull(query.TopCount);
    }

    [TestMethod]
    public void QueryByAttribute_ParameterlessConstructor_InitialisesColumnSetAndPageInfo()
    {
        var query = new QueryByAttribute();

        Assert.IsNotNull(query.ColumnSet);
        Assert.IsNotNull(query.PageInfo);
    }

    [TestMethod]
    public void QueryByAttribute_AddAttributeValue_KeepsAttributesAndValuesParallel()
    {
        var query = new QueryByAttribute("lead");

        query.AddAttributeValue("statecode", 0);
        query.AddAttributeValue("lhv_handoverstage", 2);

        CollectionAssert.AreEqual(new[] { "statecode", "lhv_handoverstage" }, query.Attributes);
        CollectionAssert.AreEqual(new object[] { 0, 2 }, query.Values);
    }

    [TestMethod]
    public void QueryExpression_EntityNameConstructor_InitialisesCriteriaPageInfoAndEmptyColumnSet()
    {
        var query = new QueryExpression("lead");

        Assert.AreEqual(LogicalOperator.And, query.Criteria.FilterOperator);
        Assert.IsEmpty(query.Criteria.Conditions);
        Assert.IsFalse(query.ColumnSet.AllColumns);
        Assert.IsEmpty(query.ColumnSet.Columns);
        Assert.AreEqual(0, query.PageInfo.PageNumber);
        Assert.AreEqual(0, query.PageInfo.Count);
        Assert.IsNull(query.PageInfo.PagingCookie);
        Assert.IsFalse(query.PageInfo.ReturnTotalRecordCount);
        Assert.IsEmpty(query.LinkEntities);
        Assert.IsEmpty(query.Orders);
        Assert.IsNull(query.TopCount);
    }

    [TestMethod]
    public void QueryExpression_ParameterlessConstructor_InitialisesLikeNamedOne()
    {
        var query = new QueryExpression();

        Assert.IsNull(query.EntityName);
        Assert.IsNotNull(query.Criteria);
        Assert.IsNotNull(query.PageInfo);
        Assert.IsNotNull(query.ColumnSet);
    }

    [TestMethod]
    public void QueryExpression_AddLink_LinksFromItsOwnEntity()
    {
        var query = new QueryExpression("lead");

        var link = query.AddLink("contact", "parentcontactid", "contactid");

        Assert.AreEqual("lead", link.LinkFromEntityName);
        Assert.AreEqual("contact", link.LinkToEntityName);
        Assert.AreEqual(JoinOperator.Inner, link.JoinOperator);
        Assert.IsNotNull(link.LinkCriteria);
        Assert.IsNotNull(link.Columns);
        Assert.AreSame(link, query.LinkEntities[0]);
    }

    [TestMethod]
    public void LinkEntity_AddLink_ReusesParentsFromEntityName()
    {
        var contact = new QueryExpression("lead").AddLink("contact", "parentcontactid", "contactid", JoinOperator.LeftOuter);

        var account = contact.AddLink("account", "parentcustomerid", "accountid");

        Assert.AreEqual("lead", account.LinkFromEntityName);
        Assert.AreEqual("account", account.LinkToEntityName);
    }

    [TestMethod]
    public void QueryExpression_AddOrderWithAlias_StoresAllParts()
    {
        var query = new QueryExpression("lead");

        query.AddOrder("fullname", OrderType.Descending, "owner", "systemuser");

        var order = query.Orders[0];
        Assert.AreEqual("fullname", order.AttributeName);
        Assert.AreEqual(OrderType.Descending, order.OrderType);
        Assert.AreEqual("owner", order.Alias);
        Assert.AreEqual("systemuser", order.EntityName);
    }

    [TestMethod]
    public void ColumnSet_NullColumnArray_GivesEmptyColumns()
    {
        var columns = new ColumnSet((string[])null!);

        Assert.IsEmpty(columns.Columns);
        Assert.IsFalse(columns.AllColumns);
    }

    [TestMethod]
    public void ColumnSet_AllColumnsConstructor_SetsFlagOnly()
    {
        var columns = new ColumnSet(true);

        Assert.IsTrue(columns.AllColumns);
        Assert.IsEmpty(columns.Columns);
    }

    [TestMethod]
    public void FetchExpression_Constructor_KeepsFetchXml()
    {
        const string FetchXml = "<fetch><entity name='lead' /></fetch>";

        Assert.AreEqual(FetchXml, new FetchExpression(FetchXml).Query);
        Assert.IsNull(new FetchExpression().Query);
    }
}
