using System;
using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Relationships;

/// <summary>
/// N:N associations as intersect rows, queryable by the intersect table's name
/// (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-associate-disassociate,
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/join-tables#many-to-many-relationships).
/// </summary>
[TestClass]
public sealed class AssociationTests
{
    private static readonly Relationship LeadCompetitors = new(TestTables.LeadCompetitors.SchemaName);

    [TestMethod]
    public void Associate_FromEitherSide_StoresOneIntersectRowPerPair()
    {
        var (store, competitor) = StoreWithLeadAndCompetitor();

        store.Associate("competitor", competitor, LeadCompetitors, [new EntityReference("lead", KnownIds.Lead)]);
        var rows = store.RetrieveMultiple(new QueryExpression("leadcompetitors") { ColumnSet = new ColumnSet(true) }).Entities;

        Assert.HasCount(1, rows);
        Assert.AreEqual(KnownIds.Lead, rows[0]["leadid"]);
        Assert.AreEqual(competitor, rows[0]["competitorid"]);
    }

    [TestMethod]
    public void Associate_SamePairTwice_FaultsDuplicateRecord()
    {
        var (store, competitor) = StoreWithLeadAndCompetitor();
        store.Associate("lead", KnownIds.Lead, LeadCompetitors, [new EntityReference("competitor", competitor)]);

        FaultAssert.Throws(-2147220937, () => store.Associate("lead", KnownIds.Lead, LeadCompetitors, [new EntityReference("competitor", competitor)]));
    }

    [TestMethod]
    public void Associate_MissingRelatedRow_FaultsObjectDoesNotExist()
    {
        var (store, _) = StoreWithLeadAndCompetitor();

        FaultAssert.Throws(-2147220969, () => store.Associate("lead", KnownIds.Lead, LeadCompetitors, [new EntityReference("competitor", KnownIds.Missing)]));
    }

    [TestMethod]
    public void Disassociate_ExistingPair_RemovesTheIntersectRow()
    {
        var (store, competitor) = StoreWithLeadAndCompetitor();
        store.Associate("lead", KnownIds.Lead, LeadCompetitors, [new EntityReference("competitor", competitor)]);

        store.Disassociate("lead", KnownIds.Lead, LeadCompetitors, [new EntityReference("competitor", competitor)]);

        Assert.HasCount(0, store.RetrieveMultiple(new QueryExpression("leadcompetitors")).Entities);
    }

    [TestMethod]
    public void Delete_AssociatedRow_RemovesItsIntersectRows()
    {
        var (store, competitor) = StoreWithLeadAndCompetitor();
        store.Associate("lead", KnownIds.Lead, LeadCompetitors, [new EntityReference("competitor", competitor)]);

        store.Delete(new EntityReference("lead", KnownIds.Lead), ConcurrencyBehavior.Default);

        Assert.HasCount(0, store.RetrieveMultiple(new QueryExpression("leadcompetitors")).Entities);
    }

    [TestMethod]
    public void Associate_RelationshipNotDefinedAsManyToMany_ThrowsNotSupportedNamingIt()
    {
        var (store, _) = StoreWithLeadAndCompetitor();
        store.Create(new Entity("account", KnownIds.Account), KnownIds.SalesUser);

        var error = Assert.ThrowsExactly<NotSupportedException>(
            () => store.Associate("account", KnownIds.Account, new Relationship("account_originating_lead"), [new EntityReference("lead", KnownIds.Lead)]));

        StringAssert.Contains(error.Message, "account_originating_lead");
    }

    [TestMethod]
    public void RetrieveMultiple_LinkThroughIntersect_FindsTheLeadsCompetitors()
    {
        var (store, competitor) = StoreWithLeadAndCompetitor();
        store.Associate("lead", KnownIds.Lead, LeadCompetitors, [new EntityReference("competitor", competitor)]);
        var query = new QueryExpression("competitor") { ColumnSet = new ColumnSet("name") };
        query.AddLink("leadcompetitors", "competitorid", "competitorid").LinkCriteria.AddCondition("leadid", ConditionOperator.Equal, KnownIds.Lead);

        var names = store.RetrieveMultiple(query).Entities.Select(e => e["name"]).ToList();

        CollectionAssert.AreEqual(new[] { "Fabrikam" }, names);
    }

    private static (DataverseStore Store, Guid Competitor) StoreWithLeadAndCompetitor()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().Build(), KnownIds.SalesUser);
        var competitor = store.Create(new Entity("competitor") { ["name"] = "Fabrikam" }, KnownIds.SalesUser);
        return (store, competitor);
    }
}
