using System;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Builders;

/// <summary>A store with the test tables, the sales user and a fake clock at a fixed, readable time.</summary>
internal sealed class StoreBuilder
{
    public static readonly DateTimeOffset StartTime = new(2024, 3, 25, 9, 30, 0, TimeSpan.Zero);

    private TimeZoneInfo userZone = TimeZoneInfo.Utc;

    public FakeTimeProvider Clock { get; } = new(StartTime);

    /// <summary>Sets the time zone the store treats as the calling user's.</summary>
    public StoreBuilder WithUserZone(TimeZoneInfo zone)
    {
        userZone = zone;
        return this;
    }

    public DataverseStore Build()
    {
        Clock.SetLocalTimeZone(userZone);
        var store = new DataverseStore(Clock);
        store.DefineTable(TestTables.Lead);
        store.DefineTable(TestTables.Account);
        store.DefineTable(TestTables.Contact);
        store.DefineTable(TestTables.SystemUser);
        store.DefineTable(TestTables.Competitor);
        store.DefineRelationship(TestTables.LeadCompetitors);
        store.Create(new Entity("systemuser", KnownIds.SalesUser) { ["fullname"] = "Sam Sales" }, KnownIds.SalesUser);
        store.Create(new Entity("systemuser", KnownIds.OtherUser) { ["fullname"] = "Olive Other" }, KnownIds.SalesUser);
        return store;
    }
}
