using System;
using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Queries;

/// <summary>
/// Every condition operator the store evaluates, with SQL null semantics and case-insensitive text
/// (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/filter-rows,
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.conditionoperator).
/// </summary>
[TestClass]
public sealed class ConditionOperatorTests
{
    [TestMethod]
    [DataRow("subject", ConditionOperator.Equal, new object[] { "ALPHA BUILD" }, new[] { "Alpha Build" }, DisplayName = "Equal ignores case")]
    [DataRow("numberofemployees", ConditionOperator.NotEqual, new object[] { 10 }, new[] { "beta works" }, DisplayName = "NotEqual skips nulls")]
    [DataRow("numberofemployees", ConditionOperator.Null, new object[0], new[] { "Gamma" }, DisplayName = "Null")]
    [DataRow("numberofemployees", ConditionOperator.NotNull, new object[0], new[] { "Alpha Build", "beta works" }, DisplayName = "NotNull")]
    [DataRow("leadqualitycode", ConditionOperator.In, new object[] { 1, 2 }, new[] { "Alpha Build", "beta works" }, DisplayName = "In")]
    [DataRow("leadqualitycode", ConditionOperator.NotIn, new object[] { 1 }, new[] { "beta works" }, DisplayName = "NotIn skips nulls")]
    [DataRow("subject", ConditionOperator.Like, new object[] { "%BUILD%" }, new[] { "Alpha Build" }, DisplayName = "Like with %")]
    [DataRow("subject", ConditionOperator.Like, new object[] { "b_ta%" }, new[] { "beta works" }, DisplayName = "Like with _")]
    [DataRow("subject", ConditionOperator.Like, new object[] { "[ag]%" }, new[] { "Alpha Build", "Gamma" }, DisplayName = "Like with a set")]
    [DataRow("subject", ConditionOperator.NotLike, new object[] { "%works" }, new[] { "Alpha Build", "Gamma" }, DisplayName = "NotLike")]
    [DataRow("subject", ConditionOperator.BeginsWith, new object[] { "alp" }, new[] { "Alpha Build" }, DisplayName = "BeginsWith")]
    [DataRow("subject", ConditionOperator.EndsWith, new object[] { "WORKS" }, new[] { "beta works" }, DisplayName = "EndsWith")]
    [DataRow("numberofemployees", ConditionOperator.LessThan, new object[] { 50 }, new[] { "Alpha Build" }, DisplayName = "LessThan")]
    [DataRow("numberofemployees", ConditionOperator.LessEqual, new object[] { 50 }, new[] { "Alpha Build", "beta works" }, DisplayName = "LessEqual")]
    [DataRow("numberofemployees", ConditionOperator.GreaterThan, new object[] { 10 }, new[] { "beta works" }, DisplayName = "GreaterThan")]
    [DataRow("numberofemployees", ConditionOperator.GreaterEqual, new object[] { 10 }, new[] { "Alpha Build", "beta works" }, DisplayName = "GreaterEqual")]
    [DataRow("numberofemployees", ConditionOperator.Between, new object[] { 10, 49 }, new[] { "Alpha Build" }, DisplayName = "Between is inclusive")]
    [DataRow("numberofemployees", ConditionOperator.NotBetween, new object[] { 10, 49 }, new[] { "beta works" }, DisplayName = "NotBetween skips nulls")]
    [DataRow("estimatedclosedate", ConditionOperator.OnOrBefore, new object[] { "2024-06-01" }, new[] { "Alpha Build" }, DisplayName = "OnOrBefore compares dates only")]
    [DataRow("estimatedclosedate", ConditionOperator.OnOrAfter, new object[] { "2024-06-15" }, new[] { "beta works" }, DisplayName = "OnOrAfter compares dates only")]
    public void RetrieveMultiple_Operator_MatchesTheExpectedLeads(string column, ConditionOperator op, object[] values, string[] expected)
    {
        var store = QueryScenario.Build();

        var subjects = Subjects(store, new ConditionExpression(column, op, values));

        CollectionAssert.AreEquivalent(expected, subjects);
    }

    [TestMethod]
    public void RetrieveMultiple_LookupComparedWithGuid_MatchesById()
    {
        var store = QueryScenario.Build();

        var subjects = Subjects(store, new ConditionExpression("parentaccountid", ConditionOperator.Equal, KnownIds.Account));

        CollectionAssert.AreEqual(new[] { "Alpha Build" }, subjects);
    }

    [TestMethod]
    public void RetrieveMultiple_MoneyComparedWithDecimal_MatchesByAmount()
    {
        var store = QueryScenario.Build();

        var subjects = Subjects(store, new ConditionExpression("revenue", ConditionOperator.GreaterThan, 200m));

        CollectionAssert.AreEqual(new[] { "beta works" }, subjects);
    }

    [TestMethod]
    public void RetrieveMultiple_ChoiceComparedWithOptionSetValue_MatchesByNumber()
    {
        var store = QueryScenario.Build();

        var subjects = Subjects(store, new ConditionExpression("leadqualitycode", ConditionOperator.Equal, new OptionSetValue(2)));

        CollectionAssert.AreEqual(new[] { "beta works" }, subjects);
    }

    [TestMethod]
    public void RetrieveMultiple_DateComparedWithDateTime_MatchesByInstant()
    {
        var store = QueryScenario.Build();

        var subjects = Subjects(store, new ConditionExpression("estimatedclosedate", ConditionOperator.GreaterThan, QueryScenario.AlphaClose));

        CollectionAssert.AreEqual(new[] { "beta works" }, subjects);
    }

    [TestMethod]
    public void RetrieveMultiple_EqualUserId_MatchesRowsOwnedByTheCaller()
    {
        var store = QueryScenario.Build();
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("subject") };
        query.Criteria.AddCondition("ownerid", ConditionOperator.EqualUserId);

        var subjects = store.RetrieveMultiple(query, KnownIds.OtherUser).Texts("subject");

        CollectionAssert.AreEqual(new[] { "Gamma" }, subjects);
    }

    [TestMethod]
    public void RetrieveMultiple_InWithAnArrayPassedAsOneValue_UsesItsElements()
    {
        var store = QueryScenario.Build();
        object qualities = new[] { 1, 2 };

        var subjects = Subjects(store, new ConditionExpression("leadqualitycode", ConditionOperator.In, qualities));

        CollectionAssert.AreEquivalent(new[] { "Alpha Build", "beta works" }, subjects);
    }

    [TestMethod]
    public void RetrieveMultiple_UnsupportedOperator_ThrowsNotSupportedNamingIt()
    {
        var store = QueryScenario.Build();

        var error = Assert.ThrowsExactly<NotSupportedException>(() => Subjects(store, new ConditionExpression("parentaccountid", ConditionOperator.Under, KnownIds.Account)));

        StringAssert.Contains(error.Message, "Under");
    }

    [TestMethod]
    public void RetrieveMultiple_ConditionOnUnknownColumn_FaultsUnknownColumn()
    {
        var store = QueryScenario.Build();

        FaultAssert.Throws(-2147217149, () => Subjects(store, new ConditionExpression("lhv_madeup", ConditionOperator.Null)));
    }

    private static string[] Subjects(DataverseStore store, ConditionExpression condition)
    {
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("subject") };
        query.Criteria.AddCondition(condition);
        return store.RetrieveMultiple(query).Texts("subject").ToArray();
    }
}
