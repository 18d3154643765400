using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Dataverse.LeadHandover.InMemory.Store.Values;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Queries.Paging;

/// <summary>
/// Dataverse's paging cookie (Learn, "Page results using FetchXml" / "Page large result sets with
/// QueryExpression"): <c>&lt;cookie page="1"&gt;&lt;name last=".." first=".." /&gt;&lt;accountid last="{GUID}"
/// first="{GUID}" /&gt;&lt;/cookie&gt;</c> — one element per sorted column, then the primary key as braced
/// upper-case GUIDs. The store continues after the <c>last</c> primary key of the previous page.
/// </summary>
internal static class PagingCookie
{
    public static string Write(int page, string primaryId, IReadOnlyList<SortColumn> orders, Entity first, Entity last)
    {
        var cookie = new XElement("cookie", new XAttribute("page", page.ToString(CultureInfo.InvariantCulture)));
        foreach (var order in orders)
        {
            cookie.Add(new XElement(order.Attribute,
                new XAttribute("last", Text(last, order.Attribute)),
                new XAttribute("first", Text(first, order.Attribute))));
        }

        cookie.Add(new XElement(primaryId,
            new XAttribute("last", Braced(last.Id)),
            new XAttribute("first", Braced(first.Id))));
        return cookie.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The page number and last primary key a cookie carries, if it can be read.</summary>
    public static bool TryRead(string? cookie, string primaryId, out int page, out Guid lastId)
    {
        page = 0;
        lastId = Guid.Empty;
        if (string.IsNullOrWhiteSpace(cookie))
        {
            return false;
        }

        try
        {
            var root = XElement.Parse(cookie);
            var key = root.Element(primaryId);
            return int.TryParse((string?)root.Attribute("page"), NumberStyles.Integer, CultureInfo.InvariantCulture, out page)
                && key is not null
                && Guid.TryParse((string?)key.Attribute("last"), out lastId);
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static string Braced(Guid id) => id.ToString("B").ToUpperInvariant();

    private static string Text(Entity row, string attribute)
    {
        row.Attributes.TryGetValue(attribute, out var value);
        return ComparableValue.Of(value) switch
        {
            null => string.Empty,
            Guid id => Braced(id),
            DateTime date => date.ToString("o", CultureInfo.InvariantCulture),
            var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty,
        };
    }
}
