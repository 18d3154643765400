using System.Collections.Generic;
using Dataverse.LeadHandover.InMemory.Store.Values;

namespace Dataverse.LeadHandover.InMemory.Store.Queries;

/// <summary>Compares two rows' sort keys column by column, each in its own direction.</summary>
internal sealed class SortKeysComparer(IReadOnlyList<SortColumn> orders) : IComparer<object?[]>
{
    public int Compare(object?[]? x, object?[]? y)
    {
        for (var i = 0; i < orders.Count; i++)
        {
            var result = ValueComparer.Compare(x![i], y![i]);
            if (result != 0)
            {
                return orders[i].Descending ? -result : result;
            }
        }

        return 0;
    }
}
