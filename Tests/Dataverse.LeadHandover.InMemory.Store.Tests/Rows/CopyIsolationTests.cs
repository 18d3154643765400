using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Rows;

/// <summary>
/// The store keeps its own copies: changing the Entity passed to Create/Update or any Entity it returns
/// never changes what is stored, as nothing is shared with a remote Dataverse either
/// (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iorganizationservice).
/// </summary>
[TestClass]
public sealed class CopyIsolationTests
{
    [TestMethod]
    public void Create_CallerChangesItsEntityAfterwards_StoredRowUnchanged()
    {
        var store = new StoreBuilder().Build();
        var lead = new LeadBuilder().WithSubject("Original").WithRevenue(10m).Build();
        store.Create(lead, KnownIds.SalesUser);

        lead["subject"] = "Changed";
        lead.GetAttributeValue<Money>("revenue").Value = 999m;
        var stored = store.Retrieve("lead", KnownIds.Lead, new ColumnSet(true));

        Assert.AreEqual("Original", stored.GetAttributeValue<string>("subject"));
        Assert.AreEqual(10m, stored.GetAttributeValue<Money>("revenue").Value);
    }

    [TestMethod]
    public void Retrieve_CallerChangesTheReturnedEntity_StoredRowUnchanged()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().WithSubject("Original").WithQuality(1).Build(), KnownIds.SalesUser);
        var first = store.Retrieve("lead", KnownIds.Lead, new ColumnSet(true));

        first["subject"] = "Changed";
        first.GetAttributeValue<OptionSetValue>("leadqualitycode").Value = 3;
        var second = store.Retrieve("lead", KnownIds.Lead, new ColumnSet(true));

        Assert.AreEqual("Original", second.GetAttributeValue<string>("subject"));
        Assert.AreEqual(1, second.GetAttributeValue<OptionSetValue>("leadqualitycode").Value);
        Assert.AreNotSame(first, second);
    }

    [TestMethod]
    public void RetrieveMultiple_CallerChangesAReturnedRow_StoredRowUnchanged()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().WithSubject("Original").Build(), KnownIds.SalesUser);
        var returned = store.RetrieveMultiple(new QueryExpression("lead") { ColumnSet = new ColumnSet("subject") }).Entities[0];

        returned["subject"] = "Changed";

        Assert.AreEqual("Original", store.Retrieve("lead", KnownIds.Lead, new ColumnSet("subject")).GetAttributeValue<string>("subject"));
    }

    [TestMethod]
    public void Snapshot_CallerChangesTheImage_StoredRowUnchanged()
    {
        var store = new StoreBuilder().Build();
        store.Create(new Entity("account", KnownIds.Account), KnownIds.SalesUser);
        store.Create(new LeadBuilder().WithSubject("Original").WithAccount(KnownIds.Account).Build(), KnownIds.SalesUser);
        var image = store.Snapshot("lead", KnownIds.Lead)!;

        image["subject"] = "Changed";
        image.GetAttributeValue<EntityReference>("parentaccountid").Id = KnownIds.OtherAccount;
        var again = store.Snapshot("lead", KnownIds.Lead)!;

        Assert.AreEqual("Original", again.GetAttributeValue<string>("subject"));
        Assert.AreEqual(KnownIds.Account, again.GetAttributeValue<EntityReference>("parentaccountid").Id);
    }

    [TestMethod]
    public void Snapshot_MissingRow_IsNull()
    {
        var store = new StoreBuilder().Build();

        Assert.IsNull(store.Snapshot("lead", KnownIds.Missing));
    }
}
