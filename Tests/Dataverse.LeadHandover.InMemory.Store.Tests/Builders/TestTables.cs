using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Builders;

/// <summary>The table definitions the tests use: a typed lead table and loosely typed account, contact and systemuser.</summary>
internal static class TestTables
{
    public const int SubjectMaxLength = 20;

    public static TableDefinition Lead { get; } = new("lead", "leadid")
    {
        PrimaryNameAttribute = "subject",
        DefaultStatusByState = new Dictionary<int, int> { [0] = 1, [1] = 3, [2] = 4 },
        Columns = Columns(
            new ColumnDefinition("subject", ColumnType.String) { MaxLength = SubjectMaxLength },
            new ColumnDefinition("description", ColumnType.Memo),
            new ColumnDefinition("numberofemployees", ColumnType.Integer),
            new ColumnDefinition("lhv_attempts", ColumnType.BigInt),
            new ColumnDefinition("estimatedvalue", ColumnType.Decimal),
            new ColumnDefinition("lhv_score", ColumnType.Double),
            new ColumnDefinition("revenue", ColumnType.Money),
            new ColumnDefinition("donotemail", ColumnType.Boolean),
            new ColumnDefinition("estimatedclosedate", ColumnType.DateTime),
            new ColumnDefinition("parentaccountid", ColumnType.Lookup) { LookupTargets = ["account"] },
            new ColumnDefinition("customerid", ColumnType.Customer) { LookupTargets = ["account", "contact"] },
            new ColumnDefinition("leadqualitycode", ColumnType.Picklist),
            new ColumnDefinition("lhv_interests", ColumnType.MultiSelectPicklist),
            new ColumnDefinition("lhv_sourcekey", ColumnType.UniqueIdentifier),
            new ColumnDefinition("statecode", ColumnType.State),
            new ColumnDefinition("statuscode", ColumnType.Status)),
    };

    public static TableDefinition Account { get; } = new("account", "accountid") { PrimaryNameAttribute = "name" };

    public static TableDefinition Contact { get; } = new("contact", "contactid") { PrimaryNameAttribute = "fullname" };

    public static TableDefinition SystemUser { get; } = new("systemuser", "systemuserid")
    {
        PrimaryNameAttribute = "fullname",
        Ownership = TableOwnership.None,
    };

    public static ManyToManyDefinition LeadCompetitors { get; } =
        new("leadcompetitors_association", "lead", "competitor", "leadcompetitors");

    public static TableDefinition Competitor { get; } = new("competitor", "competitorid")
    {
        PrimaryNameAttribute = "name",
        Ownership = TableOwnership.Organization,
    };

    private static Dictionary<string, ColumnDefinition> Columns(params ColumnDefinition[] columns) =>
        columns.ToDictionary(c => c.LogicalName, StringComparer.Ordinal);
}
