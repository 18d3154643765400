using System;
using System.Globalization;
using System.Xml.Linq;
using Dataverse.LeadHandover.InMemory.Store.Faults;

namespace Dataverse.LeadHandover.InMemory.Store.Fetch;

/// <summary>Reads FetchXML attribute values, faulting with a message that names the element, attribute and value.</summary>
internal static class FetchValues
{
    /// <summary>A required attribute (platform: QueryBuilderAttributeNotFound).</summary>
    public static string Required(XElement element, string name) =>
        Optional(element, name)
        ?? throw PlatformFaults.QueryBuilder(PlatformFaults.QueryBuilderAttributeNotFound,
            $"A required attribute was not specified: the '{element.Name.LocalName}' element needs '{name}'.");

    public static string? Optional(XElement element, string name) =>
        element.Attribute(name)?.Value is { Length: > 0 } value ? value : null;

    /// <summary>A FetchXML boolean: 'true', 'false', '1' or '0', as the platform's QueryBuilder messages list.</summary>
    public static bool Flag(XElement element, string name) => Optional(element, name)?.ToUpperInvariant() switch
    {
        null or "FALSE" or "0" => false,
        "TRUE" or "1" => true,
        var other => throw Malformed(element, name, other, "The only valid values are 'true', 'false', '1', and '0'."),
    };

    /// <summary>A positive whole number such as <c>top</c>, <c>count</c> or <c>page</c>.</summary>
    public static int? PositiveNumber(XElement element, string name)
    {
        var text = Optional(element, name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw Malformed(element, name, text, "A positive whole number is required.");
    }

    public static Exception Malformed(XElement element, string name, string value, string rule) =>
        PlatformFaults.MalformedFetchXml($"'{value}' is not valid for the '{name}' attribute of '{element.Name.LocalName}'. {rule}");
}
