using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Queries;

/// <summary>
/// Nested And/Or filters (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/filter-rows#nested-filters).
/// </summary>
[TestClass]
public sealed class FilterTests
{
    [TestMethod]
    public void RetrieveMultiple_OrOfTwoConditions_MatchesEither()
    {
        var store = QueryScenario.Build();
        var query = LeadQuery();
        query.Criteria.FilterOperator = LogicalOperator.Or;
        query.Criteria.AddCondition("subject", ConditionOperator.Equal, "Gamma");
        query.Criteria.AddCondition("numberofemployees", ConditionOperator.Equal, 50);

        CollectionAssert.AreEquivalent(new[] { "beta works", "Gamma" }, store.RetrieveMultiple(query).Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_AndWithNestedOr_NeedsTheConditionAndOneBranch()
    {
        var store = QueryScenario.Build();
        var query = LeadQuery();
        query.Criteria.AddCondition("ownerid", ConditionOperator.Equal, KnownIds.SalesUser);
        var either = query.Criteria.AddFilter(LogicalOperator.Or);
        either.AddCondition("subject", ConditionOperator.BeginsWith, "g");
        either.AddCondition("leadqualitycode", ConditionOperator.Equal, 1);

        CollectionAssert.AreEqual(new[] { "Alpha Build" }, store.RetrieveMultiple(query).Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_OrOfNestedAnds_MatchesEitherWholeBranch()
    {
        var store = QueryScenario.Build();
        var query = LeadQuery();
        query.Criteria.FilterOperator = LogicalOperator.Or;
        var first = query.Criteria.AddFilter(LogicalOperator.And);
        first.AddCondition("numberofemployees", ConditionOperator.GreaterThan, 5);
        first.AddCondition("leadqualitycode", ConditionOperator.Equal, 2);
        var second = query.Criteria.AddFilter(LogicalOperator.And);
        second.AddCondition("numberofemployees", ConditionOperator.Null);
        second.AddCondition("subject", ConditionOperator.Like, "%mm%");

        CollectionAssert.AreEquivalent(new[] { "beta works", "Gamma" }, store.RetrieveMultiple(query).Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_EmptyCriteria_ReturnsEveryRow()
    {
        var store = QueryScenario.Build();

        Assert.HasCount(3, store.RetrieveMultiple(LeadQuery()).Entities);
    }

    private static QueryExpression LeadQuery() => new("lead") { ColumnSet = new ColumnSet("subject") };
}
