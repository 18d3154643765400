using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Dataverse.LeadHandover.Solution.Tests.Source;

/// <summary>The components of the unpacked solution, read once per test run.</summary>
internal static class SolutionModel
{
    private static readonly Lazy<IReadOnlyDictionary<string, TableDefinition>> LoadedTables = new(LoadTables);

    /// <summary>Tables the solution refers to without carrying them; Dataverse (with Dynamics 365 Sales) has them.</summary>
    public static IReadOnlySet<string> SystemTables { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "lead", "systemuser", "campaign", "businessunit", "team", "owner", "organization",
        "environmentvariabledefinition", "environmentvariablevalue",
    };

    /// <summary>Tables with an <c>Entity.xml</c>, by logical name.</summary>
    public static IReadOnlyDictionary<string, TableDefinition> Tables => LoadedTables.Value;

    public static XElement Manifest => SolutionFiles.Xml("Other/Solution.xml").Root!.Element("SolutionManifest")!;

    public static string Prefix => (string)Manifest.Element("Publisher")!.Element("CustomizationPrefix")!;

    public static IReadOnlyList<RootComponent> RootComponents =>
        Manifest.Element("RootComponents")!.Elements("RootComponent").Select(ReadRoot).ToList();

    /// <summary>Every <c>savedquery</c> with the table folder it sits in.</summary>
    public static IReadOnlyList<(string Path, string TableFolder, XElement Query)> Views =>
        SolutionFiles.Find("Entities", "*.xml")
            .Where(p => p.Split('/')[2] == "SavedQueries")
            .Select(p => (p, p.Split('/')[1], SolutionFiles.Xml(p).Root!.Element("savedquery")!))
            .ToList();

    public static IReadOnlyList<(string Path, string TableFolder, XElement Chart)> Charts =>
        SolutionFiles.Find("Entities", "*.xml")
            .Where(p => p.Split('/')[2] == "Visualizations")
            .Select(p => (p, p.Split('/')[1], SolutionFiles.Xml(p).Root!))
            .ToList();

    /// <summary>Form files (unmanaged and managed twins) with the table folder they sit in.</summary>
    public static IReadOnlyList<(string Path, string TableFolder, XElement Form)> Forms =>
        SolutionFiles.Find("Entities", "*.xml")
            .Where(p => p.Split('/')[2] == "FormXml")
            .Select(p => (p, p.Split('/')[1], SolutionFiles.Xml(p).Root!.Element("systemform")!))
            .ToList();

    public static IReadOnlyList<string> StepFiles => SolutionFiles.Find("SdkMessageProcessingSteps", "*.xml");

    public static IReadOnlyList<string> AssemblyFiles => SolutionFiles.Find("PluginAssemblies", "*.dll.data.xml");

    /// <summary>Every <c>PluginType</c> of every plug-in assembly in the solution.</summary>
    public static IReadOnlyList<XElement> PluginTypes =>
        AssemblyFiles.SelectMany(p => SolutionFiles.Xml(p).Root!.Element("PluginTypes")!.Elements("PluginType")).ToList();

    public static IReadOnlyList<string> RoleFiles => SolutionFiles.Find("Roles", "*.xml");

    public static IReadOnlyList<string> EnvironmentVariableFolders => Folders("environmentvariabledefinitions");

    public static IReadOnlyList<string> CustomApiFolders => Folders("customapis");

    /// <summary>Columns a view, chart or form may name on <paramref name="tableLogicalName"/>.</summary>
    public static IReadOnlySet<string> KnownColumns(string tableLogicalName)
    {
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (Tables.TryGetValue(tableLogicalName, out var table))
        {
            known.UnionWith(table.Attributes.Keys);
        }

        if (string.Equals(tableLogicalName, "lead", StringComparison.OrdinalIgnoreCase))
        {
            // lead travels as a shell: its own columns are the ones Domain/Schema names.
            known.UnionWith(DomainSchema.ConstantsOf(typeof(Domain.Schema.LeadSchema)).Select(c => c.Value));
        }

        return known;
    }

    /// <summary>Every id a view in the solution can be referred to by.</summary>
    public static IReadOnlyDictionary<Guid, (string TableFolder, XElement Query)> ViewsById =>
        Views.ToDictionary(v => Guid.Parse((string)v.Query.Element("savedqueryid")!), v => (v.TableFolder, v.Query));

    public static IReadOnlyDictionary<Guid, (string TableFolder, XElement Chart)> ChartsById =>
        Charts.ToDictionary(c => Guid.Parse((string)c.Chart.Element("savedqueryvisualizationid")!), c => (c.TableFolder, c.Chart));

    public static string TableLogicalName(string tableFolder) => tableFolder.ToLowerInvariant();

    private static IReadOnlyList<string> Folders(string relative)
    {
        var full = SolutionFiles.FullPath(relative);
        return Directory.Exists(full)
            ? Directory.GetDirectories(full).Select(Path.GetFileName).OfType<string>().OrderBy(n => n, StringComparer.Ordinal).ToList()
            : [];
    }

    private static IReadOnlyDictionary<string, TableDefinition> LoadTables() =>
        Folders("Entities")
            .Select(TableDefinition.Load)
            .ToDictionary(t => t.LogicalName, StringComparer.OrdinalIgnoreCase);

    private static RootComponent ReadRoot(XElement root)
    {
        var id = (string?)root.Attribute("id");
        return new RootComponent(
            int.Parse((string)root.Attribute("type")!, CultureInfo.InvariantCulture),
            (string?)root.Attribute("schemaName"),
            id is null ? null : Guid.Parse(id),
            int.Parse((string)root.Attribute("behavior")!, CultureInfo.InvariantCulture));
    }
}
