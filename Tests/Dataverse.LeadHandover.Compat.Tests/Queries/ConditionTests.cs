using System.Collections.Generic;
using Dataverse.LeadHandover.Compat.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Compat.Tests.Queries;

/// <summary>
/// Condition and filter construction, including the documented overload traps:
/// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/filter-rows,
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.conditionexpression and
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.conditionoperator.
/// </summary>
[TestClass]
public sealed class ConditionTests
{
    [TestMethod]
    public void Constructor_StringArray_GivesOneValuePerElement()
    {
        var sources = new[] { "Web", "Partner" };

        var condition = new ConditionExpression("lhv_source", ConditionOperator.In, sources);

        Assert.HasCount(2, condition.Values);
    }

    [TestMethod]
    public void Constructor_IntArray_BindsCollectionOverloadWithOneValuePerElement()
    {
        var codes = new[] { 1, 2, 3 };

        var condition = new ConditionExpression("leadsourcecode", ConditionOperator.In, codes);

        Assert.HasCount(3, condition.Values);
        Assert.AreEqual(2, condition.Values[1]);
    }

    [TestMethod]
    public void Constructor_ListOfGuids_GivesOneValuePerElement()
    {
        var ids = new List<System.Guid> { KnownIds.Lead, KnownIds.OtherLead };

        var condition = new ConditionExpression("leadid", ConditionOperator.In, ids);

        Assert.HasCount(2, condition.Values);
    }

    [TestMethod]
    public void Constructor_ArrayTypedAsObject_GivesSingleValue()
    {
        object sources = new[] { "Web", "Partner" };

        var condition = new ConditionExpression("lhv_source", ConditionOperator.In, sources);

        Assert.HasCount(1, condition.Values);
    }

    [TestMethod]
    public void Constructor_NoValues_GivesEmptyValues()
    {
        var condition = new ConditionExpression("lhv_acknowledgedon", ConditionOperator.Null);

        Assert.IsEmpty(condition.Values);
        Assert.IsNull(condition.EntityName);
        Assert.IsFalse(condition.CompareColumns);
    }

    [TestMethod]
    public void Constructor_CompareColumns_KeepsColumnNameAsValue()
    {
        var condition = new ConditionExpression("lead", "modifiedon", ConditionOperator.GreaterThan, true, "createdon");

        Assert.IsTrue(condition.CompareColumns);
        Assert.AreEqual("lead", condition.EntityName);
        Assert.AreEqual("createdon", condition.Values[0]);
    }

    [TestMethod]
    public void AddFilter_Operator_AddsAndReturnsChild()
    {
        var filter = new FilterExpression();

        var child = filter.AddFilter(LogicalOperator.Or);

        Assert.AreSame(child, filter.Filters[0]);
        Assert.AreEqual(LogicalOperator.Or, child.FilterOperator);
    }

    [TestMethod]
    public void AddFilter_Null_IsIgnored()
    {
        var filter = new FilterExpression();

        filter.AddFilter((FilterExpression)null!);

        Assert.IsEmpty(filter.Filters);
    }

    [TestMethod]
    public void AddCondition_LinkedEntity_KeepsEntityName()
    {
        var filter = new FilterExpression(LogicalOperator.And);

        filter.AddCondition("owner", "isdisabled", ConditionOperator.Equal, false);

        Assert.AreEqual("owner", filter.Conditions[0].EntityName);
        Assert.AreEqual(false, filter.Conditions[0].Values[0]);
    }

    [TestMethod]
    [DataRow(ConditionOperator.Equal, 0)]
    [DataRow(ConditionOperator.In, 8)]
    [DataRow(ConditionOperator.Null, 12)]
    [DataRow(ConditionOperator.OnOrBefore, 26)]
    [DataRow(ConditionOperator.LastXHours, 31)]
    [DataRow(ConditionOperator.OlderThanXMonths, 53)]
    [DataRow(ConditionOperator.EqualUserTeams, 73)]
    [DataRow(ConditionOperator.Under, 75)]
    [DataRow(ConditionOperator.NotUnder, 76)]
    [DataRow(ConditionOperator.UnderOrEqual, 77)]
    [DataRow(ConditionOperator.Above, 78)]
    [DataRow(ConditionOperator.AboveOrEqual, 79)]
    [DataRow(ConditionOperator.OlderThanXMinutes, 86)]
    [DataRow(ConditionOperator.EqualRoleBusinessId, 89)]
    public void ConditionOperator_Member_HasCompiledSdkValue(ConditionOperator conditionOperator, int expected)
    {
        Assert.AreEqual(expected, (int)conditionOperator);
    }
}
