using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.InMemory.Store;

namespace Dataverse.LeadHandover.Sandbox.Metadata;

/// <summary>
/// Column types, labels and choice labels read from the solution's own files (<c>Entities/*/Entity.xml</c>,
/// <c>OptionSets/*.xml</c>), plus the out-of-the-box columns the solution relies on: what a model-driven app knows
/// from metadata when it shows a view or a form, and what the Web API knows when it reads a JSON body.
/// </summary>
internal sealed class SolutionMetadata
{
    private readonly Dictionary<string, Dictionary<string, ColumnInfo>> columns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> entitySets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> tableNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<int, string>> choices = new(StringComparer.Ordinal);

    private SolutionMetadata()
    {
    }

    /// <summary>Entity set name → table logical name, for the Web API's URLs and <c>@odata.bind</c> paths.</summary>
    public IReadOnlyDictionary<string, string> EntitySets => entitySets;

    public static SolutionMetadata Load(string solutionSource)
    {
        var metadata = new SolutionMetadata();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(solutionSource, "OptionSets"), "*.xml"))
        {
            var root = XDocument.Load(file).Root!;
            metadata.choices[(string)root.Attribute("Name")!] = root.Descendants("option")
                .ToDictionary(option => (int)option.Attribute("value")!, option => Label(option.Element("labels")) ?? ((int)option.Attribute("value")!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(solutionSource, "Entities"), "Entity.xml", SearchOption.AllDirectories))
        {
            metadata.ReadTable(XDocument.Load(file).Root!);
        }

        metadata.AddOutOfBox();
        return metadata;
    }

    public ColumnInfo? Column(string table, string column) =>
        columns.TryGetValue(table, out var byName) && byName.TryGetValue(column, out var info) ? info : null;

    public IReadOnlyCollection<ColumnInfo> Columns(string table) =>
        columns.TryGetValue(table, out var byName) ? byName.Values : [];

    public string TableDisplayName(string table) => tableNames.TryGetValue(table, out var name) ? name : table;

    public string? EntitySetOf(string table) => entitySets.FirstOrDefault(pair => pair.Value == table).Key;

    /// <summary>The label of a choice value, or null when the choice or value is unknown.</summary>
    public string? ChoiceLabel(string? optionSetName, int value) => optionSetName switch
    {
        null => null,
        OutOfBoxColumns.LeadNeed => LeadChoiceLabels.Need(value),
        OutOfBoxColumns.LeadTimeframe => LeadChoiceLabels.PurchaseTimeframe(value),
        OutOfBoxColumns.LeadBudgetStatus => LeadChoiceLabels.BudgetStatus(value),
        OutOfBoxColumns.LeadPurchaseProcess => LeadChoiceLabels.PurchaseProcess(value),
        OutOfBoxColumns.LeadRating => LeadChoiceLabels.LeadQuality(value),
        OutOfBoxColumns.LeadSourceCode => LeadChoiceLabels.LeadSource(value),
        OutOfBoxColumns.LeadIndustry => LeadChoiceLabels.Industry(value),
        OutOfBoxColumns.LeadState => value switch { 0 => "Open", 1 => "Qualified", 2 => "Disqualified", _ => null },
        OutOfBoxColumns.LeadStatus => value switch
        {
            1 => "New", 2 => "Contacted", 3 => "Qualified", 4 => "Lost", 5 => "Cannot Contact", 6 => "No Longer Interested", 7 => "Canceled", _ => null,
        },
        OutOfBoxColumns.RowState => value switch { 0 => "Active", 1 => "Inactive", _ => null },
        OutOfBoxColumns.RowStatus => value switch { 1 => "Active", 2 => "Inactive", _ => null },
        _ => choices.TryGetValue(optionSetName, out var labels) && labels.TryGetValue(value, out var label) ? label : null,
    };

    /// <summary>The value of a choice label (case-insensitive), or null when no option of the choice has it.</summary>
    public int? ChoiceValue(string? optionSetName, string label)
    {
        if (optionSetName is not null && choices.TryGetValue(optionSetName, out var labels))
        {
            return labels.Where(pair => string.Equals(pair.Value, label, StringComparison.OrdinalIgnoreCase)).Select(pair => (int?)pair.Key).FirstOrDefault();
        }

        // Out-of-the-box lead choices are small numbers; ask each one for its label.
        for (var value = 0; value <= 100; value++)
        {
            if (string.Equals(ChoiceLabel(optionSetName, value), label, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private void ReadTable(XElement root)
    {
        var entity = root.Element("EntityInfo")?.Element("entity");
        var schemaName = (string?)entity?.Attribute("Name");
        if (entity is null || schemaName is null)
        {
            return;
        }

        var table = schemaName.ToLowerInvariant();
        tableNames[table] = Label(entity.Element("LocalizedNames")) ?? table;
        entitySets[(string?)entity.Element("EntitySetName") ?? table + "s"] = table;
        var byName = TableColumns(table);
        foreach (var common in OutOfBoxColumns.Common)
        {
            byName.TryAdd(common.LogicalName, common);
        }

        foreach (var attribute in entity.Element("attributes")?.Elements("attribute") ?? [])
        {
            var logicalName = ((string?)attribute.Element("LogicalName") ?? string.Empty).ToLowerInvariant();
            if (TypeOf((string?)attribute.Element("Type")) is { } type && logicalName.Length > 0)
            {
                var optionSet = (string?)attribute.Element("OptionSetName") ?? type switch
                {
                    ColumnType.State => OutOfBoxColumns.RowState,
                    ColumnType.Status => OutOfBoxColumns.RowStatus,
                    _ => null,
                };
                byName[logicalName] = new ColumnInfo(logicalName, type, Label(attribute.Element("displaynames")) ?? logicalName, optionSet);
            }
        }
    }

    private void AddOutOfBox()
    {
        var lead = TableColumns("lead");
        foreach (var column in OutOfBoxColumns.Lead)
        {
            lead[column.LogicalName] = column;
        }

        tableNames["lead"] = "Lead";
        entitySets["systemusers"] = "systemuser";
        entitySets["campaigns"] = "campaign";
        tableNames["systemuser"] = "User";
    }

    private Dictionary<string, ColumnInfo> TableColumns(string table)
    {
        if (!columns.TryGetValue(table, out var byName))
        {
            byName = new Dictionary<string, ColumnInfo>(StringComparer.Ordinal);
            columns[table] = byName;
        }

        return byName;
    }

    private static string? Label(XElement? labels) =>
        labels?.Elements().Select(label => (string?)label.Attribute("description")).FirstOrDefault(text => !string.IsNullOrEmpty(text));

    private static ColumnType? TypeOf(string? type) => type switch
    {
        "primarykey" or "uniqueidentifier" => ColumnType.UniqueIdentifier,
        "nvarchar" => ColumnType.String,
        "ntext" => ColumnType.Memo,
        "int" => ColumnType.Integer,
        "bigint" => ColumnType.BigInt,
        "decimal" => ColumnType.Decimal,
        "float" => ColumnType.Double,
        "money" => ColumnType.Money,
        "bit" => ColumnType.Boolean,
        "datetime" => ColumnType.DateTime,
        "picklist" => ColumnType.Picklist,
        "lookup" => ColumnType.Lookup,
        "owner" => ColumnType.Owner,
        "state" => ColumnType.State,
        "status" => ColumnType.Status,
        _ => null,
    };
}
