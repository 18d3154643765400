using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Rows;

/// <summary>
/// Optimistic concurrency on Update and Delete
/// (https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency): a stale RowVersion
/// faults 0x80060882, a missing one 0x80060883, a table without optimistic concurrency 0x8006088D.
/// <c>ConcurrencyBehavior.Default</c> is treated as AlwaysOverwrite (UNVERIFIED: Learn only says it depends on the context).
/// </summary>
[TestClass]
public sealed class ConcurrencyTests
{
    private const int VersionMismatch = -2147088254;
    private const int VersionNotProvided = -2147088253;
    private const int NotEnabled = -2147088243;

    [TestMethod]
    public void Update_IfRowVersionMatchesWithCurrentVersion_Succeeds()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().Build(), KnownIds.SalesUser);
        var current = store.Retrieve("lead", KnownIds.Lead, new ColumnSet());

        store.Update(new LeadBuilder().WithSubject("Fresh").Build().WithVersion(current.RowVersion), ConcurrencyBehavior.IfRowVersionMatches, KnownIds.SalesUser);

        Assert.AreEqual("Fresh", store.Retrieve("lead", KnownIds.Lead, new ColumnSet("subject"))["subject"]);
    }

    [TestMethod]
    public void Update_IfRowVersionMatchesWithStaleVersion_FaultsAndChangesNothing()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().WithSubject("First").Build(), KnownIds.SalesUser);
        var stale = store.Retrieve("lead", KnownIds.Lead, new ColumnSet()).RowVersion;
        store.Update(new LeadBuilder().WithSubject("Second").Build(), ConcurrencyBehavior.Default, KnownIds.SalesUser);

        FaultAssert.Throws(VersionMismatch, () => store.Update(new LeadBuilder().WithSubject("Third").Build().WithVersion(stale), ConcurrencyBehavior.IfRowVersionMatches, KnownIds.SalesUser));

        Assert.AreEqual("Second", store.Retrieve("lead", KnownIds.Lead, new ColumnSet("subject"))["subject"]);
    }

    [TestMethod]
    public void Update_IfRowVersionMatchesWithoutVersion_FaultsVersionNotProvided()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().Build(), KnownIds.SalesUser);

        FaultAssert.Throws(VersionNotProvided, () => store.Update(new LeadBuilder().WithSubject("x").Build(), ConcurrencyBehavior.IfRowVersionMatches, KnownIds.SalesUser));
    }

    [TestMethod]
    public void Update_IfRowVersionMatchesOnTableWithoutConcurrency_FaultsNotEnabled()
    {
        var store = new StoreBuilder().Build();
        store.DefineTable(TestTables.Account with { OptimisticConcurrency = false });
        store.Create(new Entity("account", KnownIds.Account), KnownIds.SalesUser);
        var version = store.Retrieve("account", KnownIds.Account, new ColumnSet()).RowVersion;

        FaultAssert.Throws(NotEnabled, () => store.Update(new Entity("account", KnownIds.Account) { ["name"] = "x" }.WithVersion(version), ConcurrencyBehavior.IfRowVersionMatches, KnownIds.SalesUser));
    }

    [TestMethod]
    [DataRow(ConcurrencyBehavior.Default)]
    [DataRow(ConcurrencyBehavior.AlwaysOverwrite)]
    public void Update_StaleVersionWithoutVersionCheck_Overwrites(ConcurrencyBehavior behavior)
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().WithSubject("First").Build(), KnownIds.SalesUser);
        var stale = store.Retrieve("lead", KnownIds.Lead, new ColumnSet()).RowVersion;
        store.Update(new LeadBuilder().WithSubject("Second").Build(), ConcurrencyBehavior.Default, KnownIds.SalesUser);

        store.Update(new LeadBuilder().WithSubject("Third").Build().WithVersion(stale), behavior, KnownIds.SalesUser);

        Assert.AreEqual("Third", store.Retrieve("lead", KnownIds.Lead, new ColumnSet("subject"))["subject"]);
    }

    [TestMethod]
    public void Delete_IfRowVersionMatchesWithStaleVersion_FaultsAndKeepsRow()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().Build(), KnownIds.SalesUser);
        var stale = store.Retrieve("lead", KnownIds.Lead, new ColumnSet()).RowVersion;
        store.Update(new LeadBuilder().WithSubject("Changed").Build(), ConcurrencyBehavior.Default, KnownIds.SalesUser);

        FaultAssert.Throws(VersionMismatch, () => store.Delete(new EntityReference("lead", KnownIds.Lead) { RowVersion = stale }, ConcurrencyBehavior.IfRowVersionMatches));

        Assert.IsNotNull(store.Snapshot("lead", KnownIds.Lead));
    }

    [TestMethod]
    public void Delete_IfRowVersionMatchesWithoutVersion_FaultsVersionNotProvided()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().Build(), KnownIds.SalesUser);

        FaultAssert.Throws(VersionNotProvided, () => store.Delete(new EntityReference("lead", KnownIds.Lead), ConcurrencyBehavior.IfRowVersionMatches));
    }

    [TestMethod]
    public void Delete_IfRowVersionMatchesWithCurrentVersion_DeletesRow()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().Build(), KnownIds.SalesUser);
        var current = store.Retrieve("lead", KnownIds.Lead, new ColumnSet()).RowVersion;

        store.Delete(new EntityReference("lead", KnownIds.Lead) { RowVersion = current }, ConcurrencyBehavior.IfRowVersionMatches);

        Assert.IsNull(store.Snapshot("lead", KnownIds.Lead));
    }
}
