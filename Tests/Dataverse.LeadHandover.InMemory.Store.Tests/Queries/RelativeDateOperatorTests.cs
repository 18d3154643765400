using System;
using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Queries;

/// <summary>
/// Date operators relative to the store's clock, on whole days in the user's time zone
/// (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#datetime-data).
/// Boundaries (older than X days = before the start of day today-X; last X days = from the start of day
/// today-X to now; next X days = after now to the end of day today+X) follow a public measurement and are UNVERIFIED.
/// The clock stands at 2024-03-25 09:30 UTC.
/// </summary>
[TestClass]
public sealed class RelativeDateOperatorTests
{
    [TestMethod]
    [DataRow(ConditionOperator.OlderThanXDays, 2, new[] { "Mar 10", "Mar 22 late" }, DisplayName = "older than 2 days")]
    [DataRow(ConditionOperator.LastXDays, 2, new[] { "Mar 23 early", "Today early" }, DisplayName = "last 2 days")]
    [DataRow(ConditionOperator.NextXDays, 1, new[] { "Today late", "Tomorrow" }, DisplayName = "next 1 day")]
    [DataRow(ConditionOperator.OlderThanXHours, 1, new[] { "Mar 10", "Mar 22 late", "Mar 23 early", "Today early" }, DisplayName = "older than 1 hour")]
    public void RetrieveMultiple_RelativeOperator_UsesTheStoreClock(ConditionOperator op, int x, string[] expected)
    {
        var store = Seeded();
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("subject") };
        query.Criteria.AddCondition("estimatedclosedate", op, x);

        CollectionAssert.AreEquivalent(expected, store.RetrieveMultiple(query).Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_Today_MatchesTheWholeCalendarDay()
    {
        var store = Seeded();
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("subject") };
        query.Criteria.AddCondition("estimatedclosedate", ConditionOperator.Today);

        CollectionAssert.AreEquivalent(new[] { "Today early", "Today late" }, store.RetrieveMultiple(query).Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_FetchOlderThanXDays_MatchesLikeTheQueryExpression()
    {
        var store = Seeded();
        const string fetch = "<fetch><entity name='lead'><attribute name='subject' /><filter><condition attribute='estimatedclosedate' operator='olderthan-x-days' value='2' /></filter></entity></fetch>";

        CollectionAssert.AreEquivalent(new[] { "Mar 10", "Mar 22 late" }, store.RetrieveMultiple(new FetchExpression(fetch)).Texts("subject"));
    }

    private static DataverseStore Seeded()
    {
        var store = new StoreBuilder().Build();
        Add(store, 1, "Mar 10", new DateTime(2024, 3, 10, 12, 0, 0, DateTimeKind.Utc));
        Add(store, 2, "Mar 22 late", new DateTime(2024, 3, 22, 23, 0, 0, DateTimeKind.Utc));
        Add(store, 3, "Mar 23 early", new DateTime(2024, 3, 23, 0, 30, 0, DateTimeKind.Utc));
        Add(store, 4, "Today early", new DateTime(2024, 3, 25, 6, 0, 0, DateTimeKind.Utc));
        Add(store, 5, "Today late", new DateTime(2024, 3, 25, 20, 0, 0, DateTimeKind.Utc));
        Add(store, 6, "Tomorrow", new DateTime(2024, 3, 26, 8, 0, 0, DateTimeKind.Utc));
        Add(store, 7, "Next week", new DateTime(2024, 4, 1, 8, 0, 0, DateTimeKind.Utc));
        return store;
    }

    private static void Add(DataverseStore store, int n, string subject, DateTime close) =>
        store.Create(new LeadBuilder(KnownIds.Numbered(n)).WithSubject(subject).WithCloseDate(close).Build(), KnownIds.SalesUser);
}
