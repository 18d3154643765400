using System;
using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Rows;

/// <summary>
/// Update changes only the supplied columns and restamps modified on/by and the version; created on/by stay
/// (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete).
/// Setting only statecode applies that state's default statuscode
/// (https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior).
/// </summary>
[TestClass]
public sealed class UpdateTests
{
    [TestMethod]
    public void Update_OneColumn_OthersKeepTheirValues()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().WithSubject("Before").WithEmployees(10).Build(), KnownIds.SalesUser);

        store.Update(new LeadBuilder().WithSubject("After").Build(), ConcurrencyBehavior.Default, KnownIds.SalesUser);
        var lead = store.Retrieve("lead", KnownIds.Lead, new ColumnSet(true));

        Assert.AreEqual("After", lead["subject"]);
        Assert.AreEqual(10, lead["numberofemployees"]);
    }

    [TestMethod]
    public void Update_ByAnotherUserLater_RestampsModifiedButNotCreated()
    {
        var builder = new StoreBuilder();
        var store = builder.Build();
        store.Create(new LeadBuilder().Build(), KnownIds.SalesUser);
        var before = store.Retrieve("lead", KnownIds.Lead, new ColumnSet(true));
        builder.Clock.Advance(TimeSpan.FromHours(1));

        store.Update(new LeadBuilder().WithSubject("Touched").With("createdon", new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)).Build(), ConcurrencyBehavior.Default, KnownIds.OtherUser);
        var after = store.Retrieve("lead", KnownIds.Lead, new ColumnSet(true));

        Assert.AreEqual(before["createdon"], after["createdon"]);
        Assert.AreEqual(before["createdby"], after["createdby"]);
        Assert.AreEqual(StoreBuilder.StartTime.AddHours(1).UtcDateTime, after["modifiedon"]);
        Assert.AreEqual(new EntityReference("systemuser", KnownIds.OtherUser), after["modifiedby"]);
        Assert.IsGreaterThan((long)before["versionnumber"], (long)after["versionnumber"]);
        Assert.AreNotEqual(before.RowVersion, after.RowVersion);
    }

    [TestMethod]
    public void Update_OnlyStateCode_AppliesThatStatesDefaultStatus()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().Build(), KnownIds.SalesUser);

        store.Update(new LeadBuilder().With("statecode", new OptionSetValue(2)).Build(), ConcurrencyBehavior.Default, KnownIds.SalesUser);
        var lead = store.Retrieve("lead", KnownIds.Lead, new ColumnSet("statecode", "statuscode"));

        Assert.AreEqual(2, lead.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.AreEqual(4, lead.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [TestMethod]
    public void Update_StateAndStatus_KeepsTheSuppliedStatus()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().Build(), KnownIds.SalesUser);

        store.Update(new LeadBuilder().With("statecode", new OptionSetValue(2)).With("statuscode", new OptionSetValue(5)).Build(), ConcurrencyBehavior.Default, KnownIds.SalesUser);

        Assert.AreEqual(5, store.Retrieve("lead", KnownIds.Lead, new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [TestMethod]
    public void Update_IdOnlyInPrimaryKeyAttribute_UpdatesThatRow()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().Build(), KnownIds.SalesUser);

        store.Update(new Entity("lead") { ["leadid"] = KnownIds.Lead, ["subject"] = "Keyed" }, ConcurrencyBehavior.Default, KnownIds.SalesUser);

        Assert.AreEqual("Keyed", store.Retrieve("lead", KnownIds.Lead, new ColumnSet("subject"))["subject"]);
    }
}
