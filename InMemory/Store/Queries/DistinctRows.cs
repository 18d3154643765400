using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Dataverse.LeadHandover.InMemory.Store.Values;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Queries;

/// <summary>
/// <c>Distinct</c>: keeps the first of rows whose returned columns are all equal. The primary key is always
/// returned, so this removes the repeats a one-to-many link makes of the same main row.
/// </summary>
internal static class DistinctRows
{
    public static List<JoinedRow> Apply(IEnumerable<JoinedRow> rows, Func<JoinedRow, Entity> project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return rows.Where(row => seen.Add(Signature(project(row)))).ToList();
    }

    private static string Signature(Entity entity)
    {
        var text = new StringBuilder();
        foreach (var attribute in entity.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            text.Append(attribute.Key).Append('=')
                .Append(Convert.ToString(JoinKey.Of(ComparableValue.Of(attribute.Value)), CultureInfo.InvariantCulture))
                .Append('\u001f');
        }

        return text.ToString();
    }
}
