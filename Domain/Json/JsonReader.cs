using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dataverse.LeadHandover.Domain.Json;

/// <summary>
/// A small, strict JSON (RFC 8259) reader: no comments, no trailing commas, no single quotes, no
/// NaN/Infinity, no leading zeros. It exists because the plug-in runs on .NET Framework 4.6.2,
/// where System.Text.Json is not available, and because policy errors have to name the exact path
/// of the offending value.
/// </summary>
public sealed class JsonReader
{
    // Deep nesting is never meaningful in configuration; the limit keeps hostile text from
    // exhausting the stack of the sandboxed plug-in worker.
    private const int MaxDepth = 64;

    private readonly string text;
    private int position;
    private int line = 1;
    private int lineStart;

    private JsonReader(string text)
    {
        this.text = text;
    }

    /// <summary>Parses one JSON document; throws <see cref="JsonSyntaxException"/> on any deviation.</summary>
    public static JsonNode Parse(string text)
    {
        var reader = new JsonReader(text ?? string.Empty);
        reader.SkipWhitespace();
        if (reader.AtEnd)
        {
            throw reader.Error(JsonPath.Root, "the text is empty; expected a JSON value");
        }

        var root = reader.ReadValue(JsonPath.Root, 0);
        reader.SkipWhitespace();
        if (!reader.AtEnd)
        {
            throw reader.Error(JsonPath.Root, "unexpected " + Describe(reader.Current) + " after the end of the document");
        }

        return root;
    }

    private bool AtEnd => position >= text.Length;

    private char Current => text[position];

    private int Column => position - lineStart + 1;

    private JsonNode ReadValue(string path, int depth)
    {
        if (AtEnd)
        {
            throw Error(path, "unexpected end of text; expected a value");
        }

        var c = Current;
        return c switch
        {
            '{' => ReadObject(path, depth),
            '[' => ReadArray(path, depth),
            '"' => ReadStringNode(path),
            't' => ReadLiteral(path, "true", JsonKind.True),
            'f' => ReadLiteral(path, "false", JsonKind.False),
            'n' => ReadLiteral(path, "null", JsonKind.Null),
            _ when c == '-' || (c >= '0' && c <= '9') => ReadNumber(path),
            _ => throw Error(path, "unexpected " + Describe(c) + "; expected a value (object, list, string, number, true, false or null)"),
        };
    }

    private JsonNode ReadObject(string path, int depth)
    {
        EnsureDepth(path, depth);
        int startLine = line, startColumn = Column;
        position++; // '{'
        var properties = new List<KeyValuePair<string, JsonNode>>();
        SkipWhitespace();
        if (!AtEnd && Current == '}')
        {
            position++;
            return JsonNode.ObjectNode(path, startLine, startColumn, properties);
        }

        while (true)
        {
            SkipWhitespace();
            if (AtEnd || Current != '"')
            {
                throw Error(path, AtEnd ? "unexpected end of text; expected a property name in double quotes" : "unexpected " + Describe(Current) + "; expected a property name in double quotes");
            }

            var name = ReadString(path);
            var valuePath = JsonPath.Property(path, name);
            SkipWhitespace();
            Expect(':', valuePath, "':' after the property name");
            SkipWhitespace();
            properties.Add(new KeyValuePair<string, JsonNode>(name, ReadValue(valuePath, depth + 1)));
            SkipWhitespace();
            if (AtEnd)
            {
                throw Error(path, "unexpected end of text; expected ',' or '}'");
            }

            if (Current == ',')
            {
                position++;
                continue;
            }

            if (Current == '}')
            {
                position++;
                return JsonNode.ObjectNode(path, startLine, startColumn, properties);
            }

            throw Error(path, "unexpected " + Describe(Current) + "; expected ',' or '}'");
        }
    }

    private JsonNode ReadArray(string path, int depth)
    {
        EnsureDepth(path, depth);
        int startLine = line, startColumn = Column;
        position++; // '['
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (!AtEnd && Current == ']')
        {
            position++;
            return JsonNode.ListNode(path, startLine, startColumn, items);
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(ReadValue(JsonPath.Index(path, items.Count), depth + 1));
            SkipWhitespace();
            if (AtEnd)
            {
                throw Error(path, "unexpected end of text; expected ',' or ']'");
            }

            if (Current == ',')
            {
                position++;
                continue;
            }

            if (Current == ']')
            {
                position++;
                return JsonNode.ListNode(path, startLine, startColumn, items);
            }

            throw Error(path, "unexpected " + Describe(Current) + "; expected ',' or ']'");
        }
    }

    private JsonNode ReadStringNode(string path)
    {
        int startLine = line, startColumn = Column;
        return JsonNode.ScalarNode(JsonKind.String, path, startLine, startColumn, ReadString(path));
    }

    private string ReadString(string path)
    {
        position++; // opening quote
        var start = position;
        StringBuilder? decoded = null;
        while (true)
        {
            if (AtEnd)
            {
                throw Error(path, "unterminated string; expected a closing '\"'");
            }

            var c = Current;
            if (c == '"')
            {
                var value = decoded is null
                    ? text.Substring(start, position - start)
                    : decoded.Append(text, start, position - start).ToString();
                position++;
                return value;
            }

            if (c < ' ')
            {
                throw Error(path, "control character (code " + ((int)c).ToString(CultureInfo.InvariantCulture) + ") inside a string; line breaks and tabs must be escaped");
            }

            if (c != '\\')
            {
                position++;
                continue;
            }

            decoded ??= new StringBuilder();
            decoded.Append(text, start, position - start);
            position++;
            if (AtEnd)
            {
                throw Error(path, "unterminated escape sequence");
            }

            var escape = Current;
            position++;
            switch (escape)
            {
                case '"': decoded.Append('"'); break;
                case '\\': decoded.Append('\\'); break;
                case '/': decoded.Append('/'); break;
                case 'b': decoded.Append('\b'); break;
                case 'f': decoded.Append('\f'); break;
                case 'n': decoded.Append('\n'); break;
                case 'r': decoded.Append('\r'); break;
                case 't': decoded.Append('\t'); break;
                case 'u': decoded.Append(ReadUnicodeEscape(path)); break;
                default:
                    position -= 2; // point at the backslash that starts the bad sequence
                    throw Error(path, "invalid escape sequence '\\" + escape + "'");
            }

            start = position;
        }
    }

    private char ReadUnicodeEscape(string path)
    {
        if (position + 4 > text.Length)
        {
            throw Error(path, "incomplete \\u escape; expected four hexadecimal digits");
        }

        var code = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = HexValue(text[position + i]);
            if (digit < 0)
            {
                position += i;
                throw Error(path, "invalid \\u escape; expected four hexadecimal digits");
            }

            code = (code * 16) + digit;
        }

        position += 4;
        return (char)code;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private JsonNode ReadNumber(string path)
    {
        int startLine = line, startColumn = Column;
        var start = position;
        if (Current == '-')
        {
            position++;
        }

        if (AtEnd || !IsDigit(Current))
        {
            throw Error(path, "invalid number; expected a digit");
        }

        if (Current == '0')
        {
            position++;
            if (!AtEnd && IsDigit(Current))
            {
                throw Error(path, "invalid number; leading zeros are not allowed");
            }
        }
        else
        {
            SkipDigits();
        }

        if (!AtEnd && Current == '.')
        {
            position++;
            if (AtEnd || !IsDigit(Current))
            {
                throw Error(path, "invalid number; expected a digit after '.'");
            }

            SkipDigits();
        }

        if (!AtEnd && (Current == 'e' || Current == 'E'))
        {
            position++;
            if (!AtEnd && (Current == '+' || Current == '-'))
            {
                position++;
            }

            if (AtEnd || !IsDigit(Current))
            {
                throw Error(path, "invalid number; expected a digit in the exponent");
            }

            SkipDigits();
        }

        return JsonNode.ScalarNode(JsonKind.Number, path, startLine, startColumn, text.Substring(start, position - start));
    }

    private JsonNode ReadLiteral(string path, string literal, JsonKind kind)
    {
        int startLine = line, startColumn = Column;
        if (string.CompareOrdinal(text, position, literal, 0, literal.Length) != 0)
        {
            throw Error(path, "unexpected " + Describe(Current) + "; expected a value (did you mean " + literal + "?)");
        }

        position += literal.Length;
        if (!AtEnd && char.IsLetterOrDigit(Current))
        {
            throw Error(path, "unexpected " + Describe(Current) + " after " + literal);
        }

        return JsonNode.ScalarNode(kind, path, startLine, startColumn, null);
    }

    private void SkipDigits()
    {
        while (!AtEnd && IsDigit(Current))
        {
            position++;
        }
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private void SkipWhitespace()
    {
        while (!AtEnd)
        {
            var c = Current;
            if (c == '\n')
            {
                position++;
                line++;
                lineStart = position;
            }
            else if (c == ' ' || c == '\t' || c == '\r')
            {
                position++;
            }
            else
            {
                return;
            }
        }
    }

    private void Expect(char expected, string path, string what)
    {
        if (AtEnd)
        {
            throw Error(path, "unexpected end of text; expected " + what);
        }

        if (Current != expected)
        {
            throw Error(path, "unexpected " + Describe(Current) + "; expected " + what);
        }

        position++;
    }

    private void EnsureDepth(string path, int depth)
    {
        if (depth >= MaxDepth)
        {
            throw Error(path, "nesting is deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
        }
    }

    private static string Describe(char c) => c switch
    {
        '\'' => "single quote (JSON strings use double quotes)",
        '/' => "'/' (comments are not allowed in JSON)",
        '}' or ']' => "'" + c + "' (is there a trailing comma?)",
        < ' ' => "control character (code " + ((int)c).ToString(CultureInfo.InvariantCulture) + ")",
        _ => "'" + c + "'",
    };

    private JsonSyntaxException Error(string path, string problem) => new(path, line, Column, problem);
}
