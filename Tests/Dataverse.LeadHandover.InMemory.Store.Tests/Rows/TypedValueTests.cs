using System;
using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Rows;

/// <summary>
/// Column values keep their SDK types through Create and Retrieve, and dates are stored as UTC.
/// Types per column: https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-create
/// and https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entity. UserLocal dates: a UTC value is stored
/// as is, otherwise its UTC equivalent (https://learn.microsoft.com/power-apps/developer/data-platform/behavior-format-date-time-attribute).
/// </summary>
[TestClass]
public sealed class TypedValueTests
{
    [TestMethod]
    public void Retrieve_EveryColumnType_ComesBackWithItsSdkType()
    {
        var store = new StoreBuilder().Build();
        store.Create(new Entity("account", KnownIds.Account) { ["name"] = "Contoso" }, KnownIds.SalesUser);
        var close = new DateTime(2024, 6, 30, 12, 0, 0, DateTimeKind.Utc);
        var lead = new LeadBuilder()
            .WithSubject("Fit-out enquiry")
            .With("description", "Two floors")
            .WithEmployees(250)
            .With("lhv_attempts", 3L)
            .With("estimatedvalue", 1234.56m)
            .With("lhv_score", 0.75d)
            .WithRevenue(99000.50m)
            .With("donotemail", true)
            .WithCloseDate(close)
            .WithAccount(KnownIds.Account)
            .WithQuality(2)
            .With("lhv_interests", new OptionSetValueCollection { new OptionSetValue(1), new OptionSetValue(3) })
            .With("lhv_sourcekey", KnownIds.SourceKey)
            .Build();

        store.Create(lead, KnownIds.SalesUser);
        var stored = store.Retrieve("lead", KnownIds.Lead, new ColumnSet(true));

        Assert.AreEqual("Fit-out enquiry", stored.GetAttributeValue<string>("subject"));
        Assert.AreEqual("Two floors", stored.GetAttributeValue<string>("description"));
        Assert.AreEqual(250, stored.GetAttributeValue<int>("numberofemployees"));
        Assert.AreEqual(3L, stored.GetAttributeValue<long>("lhv_attempts"));
        Assert.AreEqual(1234.56m, stored.GetAttributeValue<decimal>("estimatedvalue"));
        Assert.AreEqual(0.75d, stored.GetAttributeValue<double>("lhv_score"));
        Assert.AreEqual(99000.50m, stored.GetAttributeValue<Money>("revenue").Value);
        Assert.IsTrue(stored.GetAttributeValue<bool>("donotemail"));
        Assert.AreEqual(close, stored.GetAttributeValue<DateTime>("estimatedclosedate"));
        Assert.AreEqual(DateTimeKind.Utc, stored.GetAttributeValue<DateTime>("estimatedclosedate").Kind);
        Assert.AreEqual(new EntityReference("account", KnownIds.Account), stored.GetAttributeValue<EntityReference>("parentaccountid"));
        Assert.AreEqual(2, stored.GetAttributeValue<OptionSetValue>("leadqualitycode").Value);
        CollectionAssert.AreEqual(new[] { 1, 3 }, ToValues(stored.GetAttributeValue<OptionSetValueCollection>("lhv_interests")));
        Assert.AreEqual(KnownIds.SourceKey, stored.GetAttributeValue<Guid>("lhv_sourcekey"));
    }

    [TestMethod]
    public void Retrieve_Lookup_CarriesTheReferencedRowsName()
    {
        var store = new StoreBuilder().Build();
        store.Create(new Entity("account", KnownIds.Account) { ["name"] = "Contoso" }, KnownIds.SalesUser);
        store.Create(new LeadBuilder().WithAccount(KnownIds.Account).Build(), KnownIds.SalesUser);

        var lead = store.Retrieve("lead", KnownIds.Lead, new ColumnSet("parentaccountid", "createdby"));

        Assert.AreEqual("Contoso", lead.GetAttributeValue<EntityReference>("parentaccountid").Name);
        Assert.AreEqual("Sam Sales", lead.GetAttributeValue<EntityReference>("createdby").Name);
    }

    [TestMethod]
    public void Update_NullValue_ClearsTheColumn()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().WithSubject("Clear me").WithEmployees(10).Build(), KnownIds.SalesUser);

        store.Update(new Entity("lead", KnownIds.Lead) { ["numberofemployees"] = null }, ConcurrencyBehavior.Default, KnownIds.SalesUser);
        var lead = store.Retrieve("lead", KnownIds.Lead, new ColumnSet(true));

        Assert.IsFalse(lead.Contains("numberofemployees"));
        Assert.AreEqual("Clear me", lead.GetAttributeValue<string>("subject"));
    }

    [TestMethod]
    public void Create_UnspecifiedDate_IsReadInTheUsersTimeZone()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("UTC+02", TimeSpan.FromHours(2), "UTC+02", "UTC+02");
        var store = new StoreBuilder().WithUserZone(zone).Build();
        var wallClock = new DateTime(2024, 6, 30, 14, 0, 0, DateTimeKind.Unspecified);

        store.Create(new LeadBuilder().WithCloseDate(wallClock).Build(), KnownIds.SalesUser);
        var stored = store.Retrieve("lead", KnownIds.Lead, new ColumnSet("estimatedclosedate")).GetAttributeValue<DateTime>("estimatedclosedate");

        Assert.AreEqual(new DateTime(2024, 6, 30, 12, 0, 0, DateTimeKind.Utc), stored);
        Assert.AreEqual(DateTimeKind.Utc, stored.Kind);
    }

    [TestMethod]
    public void Create_LocalDate_IsStoredAsTheSameInstantInUtc()
    {
        var store = new StoreBuilder().Build();
        var local = new DateTime(2024, 6, 30, 14, 0, 0, DateTimeKind.Local);

        store.Create(new LeadBuilder().WithCloseDate(local).Build(), KnownIds.SalesUser);
        var stored = store.Retrieve("lead", KnownIds.Lead, new ColumnSet("estimatedclosedate")).GetAttributeValue<DateTime>("estimatedclosedate");

        Assert.AreEqual(local.ToUniversalTime(), stored);
        Assert.AreEqual(DateTimeKind.Utc, stored.Kind);
    }

    private static int[] ToValues(OptionSetValueCollection options)
    {
        var values = new int[options.Count];
        for (var i = 0; i < options.Count; i++)
        {
            values[i] = options[i].Value;
        }

        return values;
    }
}
