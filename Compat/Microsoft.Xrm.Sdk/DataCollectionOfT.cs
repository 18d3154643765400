// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.datacollection-1
#nullable disable
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Microsoft.Xrm.Sdk;

[Serializable]
public class DataCollection<T> : Collection<T>
{
    // Internal like Microsoft's: only the SDK's own collections and properties create these.
    internal DataCollection()
    {
    }

    // Copies rather than wraps, so a fixed-size array passed in never makes the collection read-only.
    internal DataCollection(IList<T> list)
    {
        AddRange(list);
    }

    public void AddRange(params T[] items)
    {
        AddRange((IEnumerable<T>)items);
    }

    public void AddRange(IEnumerable<T> items)
    {
        if (items == null)
        {
            return;
        }

        foreach (var item in items)
        {
            Add(item);
        }
    }

    public T[] ToArray()
    {
        var array = new T[Count];
        CopyTo(array, 0);
        return array;
    }
}
