using System;
using System.Collections.Generic;
using System.Globalization;

namespace Dataverse.LeadHandover.Domain.Json;

/// <summary>
/// One parsed JSON value with the path and position it was read from. Object members keep their
/// order and any repeated names, so a validator can report a duplicate instead of silently keeping
/// the last one.
/// </summary>
public sealed class JsonNode
{
    private static readonly IReadOnlyList<JsonNode> NoItems = Array.Empty<JsonNode>();
    private static readonly IReadOnlyList<KeyValuePair<string, JsonNode>> NoProperties = Array.Empty<KeyValuePair<string, JsonNode>>();

    private readonly string? text;

    private JsonNode(JsonKind kind, string path, int line, int column, string? text)
    {
        Kind = kind;
        Path = path;
        Line = line;
        Column = column;
        this.text = text;
    }

    public JsonKind Kind { get; }

    /// <summary>Where the value sits, e.g. <c>$.tiers[1].requires[3]</c>.</summary>
    public string Path { get; }

    /// <summary>1-based line of the value's first character.</summary>
    public int Line { get; }

    /// <summary>1-based column of the value's first character.</summary>
    public int Column { get; }

    public IReadOnlyList<JsonNode> Items { get; private set; } = NoItems;

    public IReadOnlyList<KeyValuePair<string, JsonNode>> Properties { get; private set; } = NoProperties;

    /// <summary>The decoded text of a string value; null for every other kind.</summary>
    public string? StringValue => Kind == JsonKind.String ? text : null;

    /// <summary>The number exactly as written; null for every other kind.</summary>
    public string? NumberText => Kind == JsonKind.Number ? text : null;

    /// <summary>A plain-words name of the kind, for messages ("a string", "an object").</summary>
    public string Description => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "a list",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.True or JsonKind.False => "true/false",
        _ => "null",
    };

    /// <summary>True when the value is a whole number that fits in an <see cref="int"/>.</summary>
    public bool TryGetInt32(out int value)
    {
        value = 0;
        if (Kind != JsonKind.Number || text is null)
        {
            return false;
        }

        // Only plain integers count: "5.0" and "5e0" are rejected so configuration stays literal.
        return text.IndexOf('.') < 0 && text.IndexOf('e') < 0 && text.IndexOf('E') < 0
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    internal static JsonNode ScalarNode(JsonKind kind, string path, int line, int column, string? text) =>
        new(kind, path, line, column, text);

    internal static JsonNode ListNode(string path, int line, int column, IReadOnlyList<JsonNode> items) =>
        new(JsonKind.Array, path, line, column, null) { Items = items };

    internal static JsonNode ObjectNode(string path, int line, int column, IReadOnlyList<KeyValuePair<string, JsonNode>> properties) =>
        new(JsonKind.Object, path, line, column, null) { Properties = properties };
}
