using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Queries;

/// <summary>
/// One row of a query before projection: a main-table row and, per link alias, the linked row it joined
/// (null when an outer join found none). Rows are immutable; joining makes new ones.
/// </summary>
internal sealed class JoinedRow
{
    private readonly Dictionary<string, Entity?> links;

    public JoinedRow(Entity main)
        : this(main, new Dictionary<string, Entity?>(System.StringComparer.Ordinal))
    {
    }

    private JoinedRow(Entity main, Dictionary<string, Entity?> links)
    {
        Main = main;
        this.links = links;
    }

    public Entity Main { get; }

    /// <summary>The row for a link alias, or the main row for a null alias.</summary>
    public Entity? Source(string? alias) =>
        alias is null ? Main : links.GetValueOrDefault(alias);

    /// <summary>A copy of this row with one more joined table.</summary>
    public JoinedRow With(string alias, Entity? linked) =>
        new(Main, new Dictionary<string, Entity?>(links, System.StringComparer.Ordinal) { [alias] = linked });
}
