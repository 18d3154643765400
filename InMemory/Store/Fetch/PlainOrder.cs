using System.Collections.Generic;
using Dataverse.LeadHandover.InMemory.Store.Values;

namespace Dataverse.LeadHandover.InMemory.Store.Fetch;

/// <summary><see cref="ValueComparer"/> as an <see cref="IComparer{T}"/>, for min and max.</summary>
internal sealed class PlainOrder : IComparer<object?>
{
    public static PlainOrder Instance { get; } = new();

    public int Compare(object? x, object? y) => ValueComparer.Compare(x, y);
}
