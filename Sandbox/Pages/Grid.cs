using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Sandbox.Metadata;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Sandbox.Pages;

/// <summary>Rows as a table, as a model-driven grid shows them: one header per column label, values formatted.</summary>
internal static class Grid
{
    public static void Write(HtmlWriter html, SolutionMetadata metadata, string table, IReadOnlyList<string> columns, IEnumerable<Entity> rows, string caption, string? id = null, Func<Entity, string?>? rowLink = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(metadata);
        html.Open("div", ("class", "grid")).Open("table", ("id", id)).Element("caption", caption).Open("thead").Open("tr");
        foreach (var column in columns)
        {
            html.Element("th", metadata.Column(table, column)?.DisplayName ?? column, ("scope", "col"));
        }

        html.Close("tr").Close("thead").Open("tbody");
        foreach (var row in rows)
        {
            html.Open("tr", ("data-id", row.Id.ToString("D")));
            var first = true;
            foreach (var column in columns)
            {
                row.Attributes.TryGetValue(column, out var value);
                var text = DisplayValue.Format(metadata, table, column, value);
                html.Open("td", ("data-column", column));
                if (first && rowLink?.Invoke(row) is { } href)
                {
                    html.Link(href, text.Length == 0 ? "(open)" : text);
                }
                else
                {
                    html.Text(text);
                }

                html.Close("td");
                first = false;
            }

            html.Close("tr");
        }

        html.Close("tbody").Close("table").Close("div");
    }
}
