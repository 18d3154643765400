using System.Collections.Generic;

namespace Dataverse.LeadHandover.InMemory.Store.Queries.Model;

/// <summary>The columns a query returns for one table: all of them, or a list.</summary>
internal sealed class SelectedColumns
{
    public bool All { get; init; }

    public List<ColumnSelection> Items { get; } = [];
}
