using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Queries.Model;

/// <summary>
/// A joined table. <see cref="ParentAttribute"/> is the column on the parent (QueryExpression
/// LinkFromAttributeName, FetchXML <c>to</c>); <see cref="LinkedAttribute"/> the column on this table
/// (LinkToAttributeName, FetchXML <c>from</c>).
/// </summary>
internal sealed class LinkModel(string table, string parentAttribute, string linkedAttribute, JoinOperator join)
{
    public string Table { get; } = table;

    public string ParentAttribute { get; } = parentAttribute;

    public string LinkedAttribute { get; } = linkedAttribute;

    public JoinOperator Join { get; } = join;

    /// <summary>The alias the query gave, if any.</summary>
    public string? Alias { get; init; }

    /// <summary>The alias results and conditions use: the given one or the generated <c>&lt;table&gt;N</c>.</summary>
    public string EffectiveAlias { get; set; } = string.Empty;

    public SelectedColumns Columns { get; init; } = new();

    public FilterExpression? Criteria { get; init; }

    public List<LinkModel> Links { get; } = [];

    public List<OrderModel> Orders { get; } = [];
}
