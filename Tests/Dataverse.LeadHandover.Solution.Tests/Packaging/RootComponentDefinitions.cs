using System;
using System.Linq;
using Dataverse.LeadHandover.Solution.Tests.Source;

namespace Dataverse.LeadHandover.Solution.Tests.Packaging;

/// <summary>Where the packager looks for the definition of each root component type.</summary>
internal static class RootComponentDefinitions
{
    /// <summary>Null when <paramref name="root"/> is defined in the folder; otherwise what is missing.</summary>
    public static string? Problem(RootComponent root) => root.Type switch
    {
        1 => Table(root),
        9 => SolutionFiles.Exists($"OptionSets/{root.SchemaName}.xml") ? null : $"{root}: no OptionSets/{root.SchemaName}.xml",
        20 => SolutionModel.RoleFiles.Any(f => IdOf(f, "id") == root.Id) ? null : $"{root}: no Roles/*.xml with that id",
        60 => SolutionFiles.Exists($"Dashboards/{{{root.Id}}}.xml") || SolutionModel.Forms.Any(f => Guid.Parse((string)f.Form.Element("formid")!) == root.Id)
            ? null
            : $"{root}: no dashboard or form with that id",
        62 => SolutionFiles.Exists($"AppModuleSiteMaps/{root.SchemaName}/AppModuleSiteMap.xml") ? null : $"{root}: no AppModuleSiteMaps/{root.SchemaName}/AppModuleSiteMap.xml",
        80 => SolutionFiles.Exists($"AppModules/{root.SchemaName}/AppModule.xml") ? null : $"{root}: no AppModules/{root.SchemaName}/AppModule.xml",
        91 => Assembly(root),
        92 => SolutionFiles.Exists($"SdkMessageProcessingSteps/{{{root.Id}}}.xml") ? null : $"{root}: no SdkMessageProcessingSteps/{{{root.Id}}}.xml",
        95 => SolutionFiles.Exists("PluginAssemblies/ServiceEndpoints.xml") &&
              SolutionFiles.Xml("PluginAssemblies/ServiceEndpoints.xml").Root!.Elements("ServiceEndpoint").Any(e => Guid.Parse((string)e.Attribute("ServiceEndpointId")!) == root.Id)
            ? null
            : $"{root}: no ServiceEndpoint with that id in PluginAssemblies/ServiceEndpoints.xml",
        _ => $"{root}: this solution has no component of type {root.Type}",
    };

    private static string? Table(RootComponent root)
    {
        var table = SolutionModel.Tables.Values.FirstOrDefault(t => string.Equals(t.LogicalName, root.SchemaName, StringComparison.Ordinal));
        if (table is null)
        {
            return $"{root}: no Entities/<SchemaName>/Entity.xml for it";
        }

        return string.Equals(table.EntityName, table.Folder, StringComparison.Ordinal)
            ? null
            : $"{root}: Entities/{table.Folder} holds entity {table.EntityName}";
    }

    private static string? Assembly(RootComponent root)
    {
        foreach (var file in SolutionModel.AssemblyFiles)
        {
            var assembly = SolutionFiles.Xml(file).Root!;
            if (Guid.Parse((string)assembly.Attribute("PluginAssemblyId")!) != root.Id)
            {
                continue;
            }

            return (string?)assembly.Attribute("FullName") == root.SchemaName
                ? null
                : $"{root}: {file} has FullName {(string?)assembly.Attribute("FullName")}";
        }

        return $"{root}: no PluginAssemblies/*/*.dll.data.xml with that PluginAssemblyId";
    }

    private static Guid? IdOf(string file, string attribute) =>
        Guid.TryParse((string?)SolutionFiles.Xml(file).Root!.Attribute(attribute), out var id) ? id : null;
}
