using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Dataverse.LeadHandover.InMemory.SolutionSource;

/// <summary>Reads the unpacked solution's XML, which has no namespaces on the elements we read.</summary>
internal static class SolutionXml
{
    public static XElement Root(string path)
    {
        try
        {
            return XDocument.Load(path).Root ?? throw new InvalidDataException($"{path} has no root element.");
        }
        catch (System.Xml.XmlException e)
        {
            throw new InvalidDataException($"{path} is not well-formed XML: {e.Message}", e);
        }
    }

    public static string? Text(XElement parent, string name)
    {
        var value = parent.Element(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static int? Integer(XElement parent, string name) =>
        Text(parent, name) is { } text ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : null;

    public static bool Flag(XElement parent, string name) => Text(parent, name) is "1" or "true";

    public static Guid? Id(string? text) =>
        Guid.TryParse(text?.Trim().Trim('{', '}'), out var id) ? id : null;

    /// <summary>The English (1033) label of a <c>displaynames</c>/<c>LocalizedNames</c>-style element.</summary>
    public static string? Label(XElement? labels) =>
        labels?.Elements()
            .FirstOrDefault(label => (string?)label.Attribute("languagecode") == "1033")
            ?.Attribute("description")?.Value;

    public static string[] CommaList(string? text) =>
        text is null
            ? []
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
