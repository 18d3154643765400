using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Faults;
using Dataverse.LeadHandover.InMemory.Store.Queries.Model;

namespace Dataverse.LeadHandover.InMemory.Store.Queries;

/// <summary>
/// Gives every link its alias and resolves the table names conditions and orders use.
/// An un-aliased link gets <c>&lt;table&gt;N</c>, N counting the un-aliased links to that table in document
/// order from 1 (<c>contact1</c>, <c>contact2</c>, <c>account1</c>). Learn's link-entity reference gives the
/// pattern and "the number of link-entities for that table"; how N counts with several un-aliased links is
/// UNVERIFIED (fact sheet §12.1), so this per-table count is our documented choice.
/// </summary>
internal sealed class LinkAliases
{
    private readonly string mainTable;
    private readonly Dictionary<string, LinkModel> byAlias = new(StringComparer.Ordinal);

    private LinkAliases(string mainTable) => this.mainTable = mainTable;

    /// <summary>Every link, depth first, in document order.</summary>
    public IReadOnlyList<LinkModel> All => [.. byAlias.Values];

    public static LinkAliases Assign(QueryModel model)
    {
        var aliases = new LinkAliases(model.EntityName);
        var perTable = new Dictionary<string, int>(StringComparer.Ordinal);
        aliases.AssignAll(model.Links, perTable);
        return aliases;
    }

    /// <summary>
    /// The link alias an <c>entityname</c> refers to, or null for the main table. A link's table name is
    /// accepted too when exactly one link joins that table.
    /// </summary>
    public string? Resolve(string? entityName)
    {
        if (string.IsNullOrEmpty(entityName))
        {
            return null;
        }

        if (byAlias.ContainsKey(entityName))
        {
            return entityName;
        }

        if (entityName == mainTable)
        {
            return null;
        }

        var sameTable = byAlias.Values.Where(l => l.Table == entityName).ToList();
        return sameTable.Count == 1 ? sameTable[0].EffectiveAlias : throw PlatformFaults.UnknownAlias(entityName);
    }

    /// <summary>The link with that alias.</summary>
    public LinkModel Link(string alias) => byAlias[alias];

    private void AssignAll(IEnumerable<LinkModel> links, Dictionary<string, int> perTable)
    {
        foreach (var link in links)
        {
            if (link.Alias is { } given)
            {
                link.EffectiveAlias = given;
            }
            else
            {
                var n = perTable.GetValueOrDefault(link.Table) + 1;
                perTable[link.Table] = n;
                link.EffectiveAlias = link.Table + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (!byAlias.TryAdd(link.EffectiveAlias, link))
            {
                throw PlatformFaults.QueryBuilder(PlatformFaults.QueryBuilderDuplicateAlias,
                    $"FetchXML should have unique aliases: '{link.EffectiveAlias}' is used twice.");
            }

            AssignAll(link.Links, perTable);
        }
    }
}
