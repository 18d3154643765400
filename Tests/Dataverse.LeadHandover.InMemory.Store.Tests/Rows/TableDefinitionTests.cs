using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Rows;

/// <summary>
/// Defining tables: a later definition replaces an earlier one and decides which columns are valid
/// (unknown columns fault QueryBuilderNoAttribute: https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes).
/// </summary>
[TestClass]
public sealed class TableDefinitionTests
{
    [TestMethod]
    public void TryGetTable_DefinedTable_ReturnsItsDefinition()
    {
        var store = new StoreBuilder().Build();

        Assert.IsTrue(store.TryGetTable("lead", out var lead));
        Assert.AreEqual("leadid", lead.PrimaryIdAttribute);
        Assert.IsFalse(store.TryGetTable("lhv_nothing", out _));
    }

    [TestMethod]
    public void Tables_AfterDefiningARelationship_IncludeItsIntersectTable()
    {
        var store = new StoreBuilder().Build();

        var names = store.Tables.Select(t => t.LogicalName).ToList();

        CollectionAssert.IsSubsetOf(new[] { "lead", "account", "contact", "systemuser", "competitor", "leadcompetitors" }, names);
    }

    [TestMethod]
    public void DefineTable_SameNameAgain_ReplacesTheColumnRules()
    {
        var store = new StoreBuilder().Build();
        store.DefineTable(TestTables.Account with { Columns = TestTables.Lead.Columns.Where(c => c.Key == "revenue").ToDictionary() });

        FaultAssert.Throws(-2147217149, () => store.Create(new Entity("account") { ["name"] = "Typed now" }, KnownIds.SalesUser));
        var id = store.Create(new Entity("account") { ["revenue"] = new Money(1m) }, KnownIds.SalesUser);

        Assert.AreEqual(1m, store.Retrieve("account", id, new ColumnSet("revenue")).GetAttributeValue<Money>("revenue").Value);
    }
}
