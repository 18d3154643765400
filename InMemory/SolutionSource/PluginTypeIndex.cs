using System;
using System.Collections.Generic;
using System.IO;

namespace Dataverse.LeadHandover.InMemory.SolutionSource;

/// <summary>
/// Plug-in type ids to type names, from <c>PluginAssemblies/*/*.dll.data.xml</c>: custom APIs name their plug-in only
/// by that id (<c>plugintypeexportkey</c>).
/// </summary>
internal sealed class PluginTypeIndex
{
    private readonly Dictionary<Guid, string> _namesById = [];

    public static PluginTypeIndex Read(string solutionFolder)
    {
        var index = new PluginTypeIndex();
        var folder = Path.Combine(solutionFolder, "PluginAssemblies");
        if (!Directory.Exists(folder))
        {
            return index;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.dll.data.xml", SearchOption.AllDirectories))
        {
            foreach (var type in SolutionXml.Root(file).Element("PluginTypes")?.Elements("PluginType") ?? [])
            {
                var id = SolutionXml.Id((string?)type.Attribute("PluginTypeId"));
                var name = (string?)type.Attribute("Name") ?? TypeNameOf((string?)type.Attribute("AssemblyQualifiedName"));
                if (id is { } typeId && name is not null)
                {
                    index._namesById[typeId] = name;
                }
            }
        }

        return index;
    }

    public bool TryGet(Guid pluginTypeId, out string typeName) => _namesById.TryGetValue(pluginTypeId, out typeName!);

    /// <summary>"Ns.Type, Assembly, Version=…" → "Ns.Type": the name resolvers are given.</summary>
    public static string? TypeNameOf(string? assemblyQualifiedName) =>
        assemblyQualifiedName?.Split(',')[0].Trim() is { Length: > 0 } name ? name : null;
}
