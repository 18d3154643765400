using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dataverse.LeadHandover.InMemory.SolutionSource;

namespace Dataverse.LeadHandover.InMemory;

/// <summary>
/// Loads an unpacked solution folder (the format <c>pac solution unpack</c> writes) into an organization: tables from
/// <c>Entities/*/Entity.xml</c> (with lookup targets and N:N relationships from <c>Other/Relationships</c>),
/// environment variables, custom APIs and plug-in steps. Plug-in types are named to
/// <paramref name="resolvePluginType"/> by their full type name without assembly ("Ns.Type").
/// </summary>
public static class SolutionLoader
{
    public static SolutionLoadResult Load(InMemoryDataverse dataverse, string solutionFolder, Func<string, Type?> resolvePluginType)
    {
        ArgumentNullException.ThrowIfNull(dataverse);
        ArgumentNullException.ThrowIfNull(resolvePluginType);
        if (!Directory.Exists(solutionFolder))
        {
            throw new DirectoryNotFoundException($"Solution folder '{solutionFolder}' does not exist.");
        }

        var warnings = new List<string>();
        var tables = LoadTables(dataverse, solutionFolder);
        var variables = EnvironmentVariableReader.Load(dataverse.Store, solutionFolder, dataverse.SystemUserId);
        var apis = CustomApiReader.Read(solutionFolder, PluginTypeIndex.Read(solutionFolder), resolvePluginType, warnings);
        var steps = StepXmlReader.Read(solutionFolder, resolvePluginType, warnings);
        foreach (var api in apis)
        {
            dataverse.RegisterCustomApi(api);
        }

        foreach (var step in steps)
        {
            dataverse.RegisterStep(step);
        }

        return new SolutionLoadResult(
            tables, variables, apis.Select(api => api.UniqueName).ToList(), steps.Select(step => step.Name).ToList(), warnings);
    }

    private static List<string> LoadTables(InMemoryDataverse dataverse, string solutionFolder)
    {
        var loaded = new List<string>();
        var entities = Path.Combine(solutionFolder, "Entities");
        var relationships = SolutionRelationships.Read(solutionFolder);
        if (Directory.Exists(entities))
        {
            foreach (var file in Directory.EnumerateDirectories(entities).Order(StringComparer.Ordinal)
                .Select(directory => Path.Combine(directory, "Entity.xml"))
                .Where(File.Exists))
            {
                var (table, isCustom) = EntityXmlReader.Read(file, relationships);

                // A shell must not replace what the organization already knows of an existing table.
                if (isCustom || !dataverse.Store.TryGetTable(table.LogicalName, out _))
                {
                    dataverse.Store.DefineTable(table);
                }

                loaded.Add(table.LogicalName);
            }
        }

        foreach (var relationship in relationships.ManyToMany)
        {
            dataverse.Store.DefineRelationship(relationship);
        }

        return loaded;
    }
}
