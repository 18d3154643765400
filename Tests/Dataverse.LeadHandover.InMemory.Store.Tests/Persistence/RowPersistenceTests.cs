using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Dataverse.LeadHandover.InMemory.Store.Persistence;
using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Persistence;

/// <summary>
/// Saving an organization between runs: <see cref="DataverseStore.ExportRows"/> → <see cref="StoreRowsJson"/> →
/// <see cref="DataverseStore.ImportRows"/> gives back every row as the platform left it, system columns included.
/// </summary>
[TestClass]
public sealed class RowPersistenceTests
{
    private static readonly Guid Competitor = new("c0390000-0000-0000-0000-000000000001");

    [TestMethod]
    public void ExportImport_ThroughJson_KeepsAuditColumnsVersionAndOwner()
    {
        var builder = new StoreBuilder();
        var store = builder.Build();
        store.Create(new LeadBuilder().WithSubject("Pumps").Build(), KnownIds.SalesUser);
        builder.Clock.Advance(TimeSpan.FromHours(2));
        store.Update(new LeadBuilder().WithSubject("Valves").Build(), ConcurrencyBehavior.Default, KnownIds.OtherUser);
        var before = store.Retrieve("lead", KnownIds.Lead, new ColumnSet(true));

        var restored = RoundTripInto(new StoreBuilder(), store);

        var after = restored.Retrieve("lead", KnownIds.Lead, new ColumnSet(true));
        Assert.AreEqual(before.RowVersion, after.RowVersion);
        foreach (var column in new[] { "createdon", "modifiedon", "versionnumber", "statecode", "statuscode" })
        {
            Assert.AreEqual(before[column], after[column], column);
        }

        foreach (var column in new[] { "createdby", "modifiedby", "ownerid" })
        {
            Assert.AreEqual(before.GetAttributeValue<EntityReference>(column).Id, after.GetAttributeValue<EntityReference>(column).Id, column);
        }

        Assert.AreEqual(StoreBuilder.StartTime.UtcDateTime, after["createdon"]);
        Assert.AreEqual(DateTimeKind.Utc, after.GetAttributeValue<DateTime>("createdon").Kind);
    }

    [TestMethod]
    public void ExportImport_ThroughJson_KeepsEveryValueType()
    {
        var store = new StoreBuilder().Build();
        store.Create(new Entity("account", KnownIds.Account) { ["name"] = "Contoso" }, KnownIds.SalesUser);
        var closeDate = new DateTime(2024, 6, 30, 17, 45, 12, DateTimeKind.Utc);
        store.Create(
            new LeadBuilder()
                .WithSubject("All types")
                .With("description", "Line one\nLine two — ünïcode")
                .WithEmployees(850)
                .With("lhv_attempts", 9_000_000_000L)
                .With("estimatedvalue", 1234.5678m)
                .With("lhv_score", 0.125d)
                .WithRevenue(120000.25m)
                .With("donotemail", true)
                .WithCloseDate(closeDate)
                .WithAccount(KnownIds.Account)
                .WithQuality(2)
                .With("lhv_interests", new OptionSetValueCollection([new OptionSetValue(3), new OptionSetValue(5)]))
                .With("lhv_sourcekey", KnownIds.SourceKey)
                .Build(),
            KnownIds.SalesUser);

        var lead = RoundTripInto(new StoreBuilder(), store).Retrieve("lead", KnownIds.Lead, new ColumnSet(true));

        Assert.AreEqual("Line one\nLine two — ünïcode", lead["description"]);
        Assert.AreEqual(850, lead["numberofemployees"]);
        Assert.AreEqual(9_000_000_000L, lead["lhv_attempts"]);
        Assert.AreEqual(1234.5678m, lead["estimatedvalue"]);
        Assert.AreEqual(0.125d, lead["lhv_score"]);
        Assert.AreEqual(120000.25m, lead.GetAttributeValue<Money>("revenue").Value);
        Assert.IsTrue(lead.GetAttributeValue<bool>("donotemail"));
        Assert.AreEqual(closeDate, lead["estimatedclosedate"]);
        Assert.AreEqual(DateTimeKind.Utc, lead.GetAttributeValue<DateTime>("estimatedclosedate").Kind);
        Assert.AreEqual(KnownIds.Account, lead.GetAttributeValue<EntityReference>("parentaccountid").Id);
        Assert.AreEqual("Contoso", lead.GetAttributeValue<EntityReference>("parentaccountid").Name);
        Assert.AreEqual(2, lead.GetAttributeValue<OptionSetValue>("leadqualitycode").Value);
        CollectionAssert.AreEqual(new[] { 3, 5 }, lead.GetAttributeValue<OptionSetValueCollection>("lhv_interests").Select(o => o.Value).ToArray());
        Assert.AreEqual(KnownIds.SourceKey, lead["lhv_sourcekey"]);
    }

    [TestMethod]
    public void ImportRows_ThenUpdate_GetsAVersionAboveEveryImportedOne()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().Build(), KnownIds.SalesUser);
        store.Create(new LeadBuilder(KnownIds.OtherLead).Build(), KnownIds.SalesUser);
        var highest = store.ExportRows().Max(row => row.GetAttributeValue<long>("versionnumber"));
        var restored = new StoreBuilder().Build();
        restored.ImportRows(store.ExportRows().Where(row => row.LogicalName == "lead"));

        restored.Update(new LeadBuilder().WithSubject("After").Build(), ConcurrencyBehavior.Default, KnownIds.SalesUser);

        Assert.IsGreaterThan(highest, restored.Retrieve("lead", KnownIds.Lead, new ColumnSet("versionnumber")).GetAttributeValue<long>("versionnumber"));
    }

    [TestMethod]
    public void ImportRows_RowVersionFromBeforeTheSave_StillPassesAConcurrencyCheck()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().Build(), KnownIds.SalesUser);
        var savedVersion = store.Retrieve("lead", KnownIds.Lead, new ColumnSet()).RowVersion;
        var restored = RoundTripInto(new StoreBuilder(), store);

        restored.Update(new LeadBuilder().WithSubject("Checked").Build().WithVersion(savedVersion), ConcurrencyBehavior.IfRowVersionMatches, KnownIds.SalesUser);

        Assert.AreEqual("Checked", restored.Retrieve("lead", KnownIds.Lead, new ColumnSet("subject"))["subject"]);
    }

    [TestMethod]
    public void ImportRows_RowWithAnExistingId_ReplacesTheStoredRow()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().WithSubject("Saved").Build(), KnownIds.SalesUser);
        var saved = store.ExportRows().Where(row => row.LogicalName == "lead").ToList();
        store.Update(new LeadBuilder().WithSubject("Changed since").Build(), ConcurrencyBehavior.Default, KnownIds.SalesUser);

        store.ImportRows(saved);

        Assert.AreEqual("Saved", store.Retrieve("lead", KnownIds.Lead, new ColumnSet("subject"))["subject"]);
    }

    [TestMethod]
    public void ExportImport_Associations_AreKeptAsIntersectRows()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().Build(), KnownIds.SalesUser);
        store.Create(new Entity("competitor", Competitor) { ["name"] = "Fabrikam" }, KnownIds.SalesUser);
        store.Associate("lead", KnownIds.Lead, new Relationship(TestTables.LeadCompetitors.SchemaName), [new EntityReference("competitor", Competitor)]);

        var restored = RoundTripInto(new StoreBuilder(), store);

        FaultAssert.Throws(-2147220937, () => restored.Associate("lead", KnownIds.Lead, new Relationship(TestTables.LeadCompetitors.SchemaName), [new EntityReference("competitor", Competitor)]));
        Assert.HasCount(1, restored.RetrieveMultiple(new QueryExpression("leadcompetitors") { ColumnSet = new ColumnSet(true) }).Entities);
    }

    [TestMethod]
    public void ImportRows_RowOfAnUndefinedTable_FaultsAndStoresNothing()
    {
        var store = new StoreBuilder().Build();
        var rows = new[]
        {
            new Entity("lead", KnownIds.Lead) { ["subject"] = "Would be stored first" },
            new Entity("opportunity", KnownIds.Numbered(1)) { ["name"] = "Unknown table" },
        };

        FaultAssert.Throws(-2147217150, () => store.ImportRows(rows));

        Assert.IsEmpty(store.RetrieveMultiple(new QueryExpression("lead")).Entities);
    }

    [TestMethod]
    public void ImportRows_WhileATransactionIsOpen_IsRefused()
    {
        var store = new StoreBuilder().Build();
        using var transaction = store.BeginTransaction();

        Assert.ThrowsExactly<InvalidOperationException>(() => store.ImportRows([new Entity("lead", KnownIds.Lead)]));
    }

    [TestMethod]
    public void StoreRowsJson_UnknownValueType_IsRefusedNamingTheColumn()
    {
        using var document = JsonDocument.Parse("""[{"table":"lead","id":"1ead0000-0000-0000-0000-000000000001","columns":{"subject":{"xml":"<a/>"}}}]""");

        var error = Assert.ThrowsExactly<JsonException>(() => StoreRowsJson.Read(document.RootElement));

        StringAssert.Contains(error.Message, "lead.subject");
    }

    private static DataverseStore RoundTripInto(StoreBuilder target, DataverseStore source)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            StoreRowsJson.Write(writer, source.ExportRows());
        }

        target.Clock.Advance(TimeSpan.FromDays(30));
        var restored = target.Build();
        using var document = JsonDocument.Parse(buffer.ToArray());
        restored.ImportRows(StoreRowsJson.Read(document.RootElement));
        return restored;
    }
}
