using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dataverse.LeadHandover.Sandbox.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Sandbox.WebApi;

/// <summary>
/// The query options of a GET: <c>$select</c> (column list, <c>_lookup_value</c> accepted), <c>$filter</c> (see
/// <see cref="ODataFilter"/>), <c>$orderby</c> (<c>column [asc|desc]</c>, comma-separated) and <c>$top</c>.
/// </summary>
internal sealed record ODataQuery(IReadOnlyList<ColumnInfo>? Select, FilterExpression? Filter, IReadOnlyList<(string Column, OrderType Order)> OrderBy, int? Top)
{
    private static readonly string[] Supported = ["$select", "$filter", "$orderby", "$top"];

    public static ODataQuery Read(IQueryCollection query, string table, SolutionMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var option in query.Keys.Where(key => key.StartsWith('$')))
        {
            if (!Supported.Contains(option, StringComparer.Ordinal))
            {
                throw new ODataException("The sandbox's Web API subset supports " + string.Join(", ", Supported) + "; '" + option + "' is not supported here.");
            }
        }

        var select = query.TryGetValue("$select", out var selectText)
            ? selectText.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(name => ODataFilter.PropertyColumn(name, table, metadata)).ToList()
            : null;
        var filter = query.TryGetValue("$filter", out var filterText) ? ODataFilter.Parse(filterText.ToString(), table, metadata) : null;
        var orderBy = query.TryGetValue("$orderby", out var orderText)
            ? orderText.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part => Order(part, table, metadata)).ToList()
            : [];
        int? top = null;
        if (query.TryGetValue("$top", out var topText))
        {
            top = int.TryParse(topText.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
                ? count
                : throw new ODataException("$top must be a positive whole number; got '" + topText + "'.");
        }

        return new ODataQuery(select, filter, orderBy, top);
    }

    private static (string, OrderType) Order(string part, string table, SolutionMetadata metadata)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var column = ODataFilter.PropertyColumn(words[0], table, metadata);
        var order = words.Length == 1 || words[1] == "asc" ? OrderType.Ascending
            : words[1] == "desc" ? OrderType.Descending
            : throw new ODataException("$orderby takes 'asc' or 'desc' after a property; got '" + part + "'.");
        return (column.LogicalName, order);
    }
}
