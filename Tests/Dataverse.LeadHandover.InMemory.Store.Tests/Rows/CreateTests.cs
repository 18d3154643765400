using System;
using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Rows;

/// <summary>
/// What Create fills in itself: the id, audit columns, owner, state and status reason, row version
/// (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-create,
/// https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency).
/// </summary>
[TestClass]
public sealed class CreateTests
{
    [TestMethod]
    public void Create_EntityIdSet_UsesItForIdAndPrimaryKey()
    {
        var store = new StoreBuilder().Build();

        var id = store.Create(new LeadBuilder(KnownIds.Lead).Build(), KnownIds.SalesUser);
        var lead = store.Retrieve("lead", id, new ColumnSet(true));

        Assert.AreEqual(KnownIds.Lead, id);
        Assert.AreEqual(KnownIds.Lead, lead.Id);
        Assert.AreEqual(KnownIds.Lead, lead.GetAttributeValue<Guid>("leadid"));
    }

    [TestMethod]
    public void Create_OnlyPrimaryKeyAttributeSet_UsesIt()
    {
        var store = new StoreBuilder().Build();

        var id = store.Create(new Entity("lead") { ["leadid"] = KnownIds.OtherLead }, KnownIds.SalesUser);

        Assert.AreEqual(KnownIds.OtherLead, id);
        Assert.AreEqual(KnownIds.OtherLead, store.Retrieve("lead", id, new ColumnSet()).Id);
    }

    [TestMethod]
    public void Create_NoId_GeneratesOne()
    {
        var store = new StoreBuilder().Build();

        var id = store.Create(new Entity("lead"), KnownIds.SalesUser);

        Assert.AreNotEqual(Guid.Empty, id);
        Assert.AreEqual(id, store.Retrieve("lead", id, new ColumnSet("leadid")).GetAttributeValue<Guid>("leadid"));
    }

    [TestMethod]
    public void Create_AnyRow_StampsCreatedAndModifiedFromClockAndCaller()
    {
        var builder = new StoreBuilder();
        var store = builder.Build();
        builder.Clock.Advance(TimeSpan.FromMinutes(5));

        store.Create(new LeadBuilder().Build(), KnownIds.SalesUser);
        var lead = store.Retrieve("lead", KnownIds.Lead, new ColumnSet(true));

        var expected = StoreBuilder.StartTime.AddMinutes(5).UtcDateTime;
        Assert.AreEqual(expected, lead.GetAttributeValue<DateTime>("createdon"));
        Assert.AreEqual(expected, lead.GetAttributeValue<DateTime>("modifiedon"));
        Assert.AreEqual(DateTimeKind.Utc, lead.GetAttributeValue<DateTime>("createdon").Kind);
        Assert.AreEqual(new EntityReference("systemuser", KnownIds.SalesUser), lead.GetAttributeValue<EntityReference>("createdby"));
        Assert.AreEqual(new EntityReference("systemuser", KnownIds.SalesUser), lead.GetAttributeValue<EntityReference>("modifiedby"));
    }

    [TestMethod]
    public void Create_UserOwnedTableWithoutOwner_OwnerIsTheCaller()
    {
        var store = new StoreBuilder().Build();

        store.Create(new LeadBuilder().Build(), KnownIds.OtherUser);

        var owner = store.Retrieve("lead", KnownIds.Lead, new ColumnSet("ownerid")).GetAttributeValue<EntityReference>("ownerid");
        Assert.AreEqual(new EntityReference("systemuser", KnownIds.OtherUser), owner);
    }

    [TestMethod]
    public void Create_OwnerSupplied_KeepsIt()
    {
        var store = new StoreBuilder().Build();

        store.Create(new LeadBuilder().With("ownerid", new EntityReference("systemuser", KnownIds.OtherUser)).Build(), KnownIds.SalesUser);

        var owner = store.Retrieve("lead", KnownIds.Lead, new ColumnSet("ownerid")).GetAttributeValue<EntityReference>("ownerid");
        Assert.AreEqual(KnownIds.OtherUser, owner.Id);
    }

    [TestMethod]
    public void Create_OrganizationOwnedTable_HasNoOwner()
    {
        var store = new StoreBuilder().Build();

        var id = store.Create(new Entity("competitor") { ["name"] = "Fabrikam" }, KnownIds.SalesUser);

        Assert.IsFalse(store.Retrieve("competitor", id, new ColumnSet(true)).Contains("ownerid"));
    }

    [TestMethod]
    public void Create_NoStateSupplied_ActiveWithDefaultStatusReason()
    {
        var store = new StoreBuilder().Build();

        store.Create(new LeadBuilder().Build(), KnownIds.SalesUser);
        var lead = store.Retrieve("lead", KnownIds.Lead, new ColumnSet("statecode", "statuscode"));

        Assert.AreEqual(0, lead.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.AreEqual(1, lead.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [TestMethod]
    public void Create_StateSuppliedWithoutStatus_StatusIsThatStatesDefault()
    {
        var store = new StoreBuilder().Build();

        store.Create(new LeadBuilder().With("statecode", new OptionSetValue(1)).Build(), KnownIds.SalesUser);

        Assert.AreEqual(3, store.Retrieve("lead", KnownIds.Lead, new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [TestMethod]
    public void Create_TwoRows_VersionNumbersIncreaseAndRowVersionMatches()
    {
        var store = new StoreBuilder().Build();

        store.Create(new LeadBuilder(KnownIds.Lead).Build(), KnownIds.SalesUser);
        store.Create(new Entity("account", KnownIds.Account), KnownIds.SalesUser);
        var lead = store.Retrieve("lead", KnownIds.Lead, new ColumnSet("versionnumber"));
        var account = store.Retrieve("account", KnownIds.Account, new ColumnSet("versionnumber"));

        Assert.IsGreaterThan(lead.GetAttributeValue<long>("versionnumber"), account.GetAttributeValue<long>("versionnumber"));
        Assert.AreEqual(lead.GetAttributeValue<long>("versionnumber").ToString(System.Globalization.CultureInfo.InvariantCulture), lead.RowVersion);
    }

    [TestMethod]
    public void Create_CreatedOnSupplied_IsIgnored()
    {
        var store = new StoreBuilder().Build();

        store.Create(new LeadBuilder().With("createdon", new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)).Build(), KnownIds.SalesUser);

        Assert.AreEqual(StoreBuilder.StartTime.UtcDateTime, store.Retrieve("lead", KnownIds.Lead, new ColumnSet("createdon")).GetAttributeValue<DateTime>("createdon"));
    }
}
