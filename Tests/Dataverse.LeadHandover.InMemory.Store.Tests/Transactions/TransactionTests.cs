using System;
using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Transactions;

/// <summary>
/// The store's transaction: the pipeline runs PreOperation, the main operation and PostOperation inside one
/// database transaction that a failure rolls back completely
/// (https://learn.microsoft.com/power-apps/developer/data-platform/event-framework#event-execution-pipeline).
/// </summary>
[TestClass]
public sealed class TransactionTests
{
    [TestMethod]
    public void Dispose_WithoutCommit_UndoesCreatesUpdatesAndDeletes()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder(KnownIds.Lead).WithSubject("Kept").Build(), KnownIds.SalesUser);
        store.Create(new LeadBuilder(KnownIds.OtherLead).WithSubject("Deleted").Build(), KnownIds.SalesUser);
        var leadBefore = store.Snapshot("lead", KnownIds.Lead)!;
        var otherBefore = store.Snapshot("lead", KnownIds.OtherLead)!;

        using (store.BeginTransaction())
        {
            store.Create(new LeadBuilder(KnownIds.ThirdLead).Build(), KnownIds.SalesUser);
            store.Update(new LeadBuilder(KnownIds.Lead).WithSubject("Changed").Build(), ConcurrencyBehavior.Default, KnownIds.SalesUser);
            store.Update(new LeadBuilder(KnownIds.Lead).WithEmployees(3).Build(), ConcurrencyBehavior.Default, KnownIds.SalesUser);
            store.Delete(new EntityReference("lead", KnownIds.OtherLead), ConcurrencyBehavior.Default);
        }

        Assert.IsNull(store.Snapshot("lead", KnownIds.ThirdLead));
        AssertSameRow(leadBefore, store.Snapshot("lead", KnownIds.Lead)!);
        AssertSameRow(otherBefore, store.Snapshot("lead", KnownIds.OtherLead)!);
    }

    [TestMethod]
    public void Dispose_WithoutCommit_UndoesAssociations()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().Build(), KnownIds.SalesUser);
        var competitor = store.Create(new Entity("competitor") { ["name"] = "Fabrikam" }, KnownIds.SalesUser);

        using (store.BeginTransaction())
        {
            store.Associate("lead", KnownIds.Lead, new Relationship(TestTables.LeadCompetitors.SchemaName), [new EntityReference("competitor", competitor)]);
        }

        Assert.HasCount(0, store.RetrieveMultiple(new QueryExpression("leadcompetitors")).Entities);
    }

    [TestMethod]
    public void Commit_KeepsTheWrites()
    {
        var store = new StoreBuilder().Build();

        using (var transaction = store.BeginTransaction())
        {
            store.Create(new LeadBuilder().WithSubject("Committed").Build(), KnownIds.SalesUser);
            transaction.Commit();
        }

        Assert.AreEqual("Committed", store.Retrieve("lead", KnownIds.Lead, new ColumnSet("subject"))["subject"]);
        Assert.IsFalse(store.IsInTransaction);
    }

    [TestMethod]
    public void RetrieveMultiple_InsideTransaction_SeesItsOwnWrites()
    {
        var store = new StoreBuilder().Build();

        using var transaction = store.BeginTransaction();
        store.Create(new LeadBuilder().WithSubject("Pending").Build(), KnownIds.SalesUser);
        var seen = store.RetrieveMultiple(new QueryExpression("lead") { ColumnSet = new ColumnSet("subject") });

        Assert.HasCount(1, seen.Entities);
        Assert.AreEqual("Pending", seen.Entities[0]["subject"]);
    }

    [TestMethod]
    public void BeginTransaction_WhileOneIsOpen_Throws()
    {
        var store = new StoreBuilder().Build();
        using var first = store.BeginTransaction();

        Assert.ThrowsExactly<InvalidOperationException>(() => store.BeginTransaction());
    }

    [TestMethod]
    public void BeginTransaction_AfterPreviousEnded_Succeeds()
    {
        var store = new StoreBuilder().Build();
        store.BeginTransaction().Dispose();

        using var second = store.BeginTransaction();

        Assert.IsTrue(store.IsInTransaction);
    }

    [TestMethod]
    public void Dispose_AfterFaultInsideTransaction_UndoesEarlierWrites()
    {
        var store = new StoreBuilder().Build();

        using (store.BeginTransaction())
        {
            store.Create(new LeadBuilder(KnownIds.Lead).Build(), KnownIds.SalesUser);
            Assert.ThrowsExactly<System.ServiceModel.FaultException<OrganizationServiceFault>>(
                () => store.Create(new LeadBuilder(KnownIds.Lead).Build(), KnownIds.SalesUser));
        }

        Assert.IsNull(store.Snapshot("lead", KnownIds.Lead));
    }

    private static void AssertSameRow(Entity expected, Entity actual)
    {
        Assert.AreEqual(expected.RowVersion, actual.RowVersion);
        Assert.HasCount(expected.Attributes.Count, actual.Attributes);
        foreach (var attribute in expected.Attributes)
        {
            Assert.AreEqual(attribute.Value, actual[attribute.Key], attribute.Key);
        }
    }
}
