using System;
using System.Collections.Generic;
using System.Text;

namespace Dataverse.LeadHandover.Sandbox.DryRun;

/// <summary>
/// Reads CSV as spreadsheets write it (RFC 4180): comma-separated, fields in double quotes may hold commas, line
/// breaks and doubled quotes. The first row names the columns.
/// </summary>
internal static class CsvTable
{
    public static IEnumerable<(int Line, IReadOnlyDictionary<string, string> Values)> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[]? header = null;
        foreach (var (line, fields) in Records(text))
        {
            if (header is null)
            {
                header = fields.ConvertAll(name => name.Trim()).ToArray();
                continue;
            }

            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (fields.Count > header.Length)
            {
                throw new FormatException("Line " + line + " has " + fields.Count + " fields but the header names " + header.Length + " columns.");
            }

            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < fields.Count; i++)
            {
                values[header[i]] = fields[i].Trim();
            }

            yield return (line, values);
        }
    }

    private static IEnumerable<(int Line, List<string> Fields)> Records(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return (recordLine, fields);
                    fields = [];
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            throw new FormatException("A quoted field that starts on line " + recordLine + " is never closed.");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (recordLine, fields);
        }
    }
}
