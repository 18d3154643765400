using System;
using System.Collections.Generic;
using System.Text;
using Dataverse.LeadHandover.Sandbox.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Sandbox.WebApi;

/// <summary>
/// The <c>$filter</c> subset: comparisons (<c>eq</c>, <c>ne</c>, <c>gt</c>, <c>ge</c>, <c>lt</c>, <c>le</c>) of a property
/// with a literal, joined by <c>and</c>, e.g. <c>lh_salesready eq true and _lh_leadsourceid_value eq 3f2c…</c>. Literals
/// are quoted strings (<c>''</c> for a quote), numbers, <c>true</c>/<c>false</c>/<c>null</c>, GUIDs and ISO dates.
/// Anything else (<c>or</c>, <c>not</c>, functions, parentheses) is refused with a message saying so.
/// </summary>
internal static class ODataFilter
{
    private static readonly Dictionary<string, ConditionOperator> Operators = new(StringComparer.Ordinal)
    {
        ["eq"] = ConditionOperator.Equal,
        ["ne"] = ConditionOperator.NotEqual,
        ["gt"] = ConditionOperator.GreaterThan,
        ["ge"] = ConditionOperator.GreaterEqual,
        ["lt"] = ConditionOperator.LessThan,
        ["le"] = ConditionOperator.LessEqual,
    };

    public static FilterExpression Parse(string filter, string table, SolutionMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var tokens = Tokens(filter);
        var result = new FilterExpression(LogicalOperator.And);
        var position = 0;
        while (true)
        {
            if (position + 3 > tokens.Count)
            {
                throw new ODataException("$filter must be comparisons such as \"firstname eq 'Ana'\" joined by 'and'; '" + filter + "' ends too early.");
            }

            var (property, _) = tokens[position];
            var (operatorText, _) = tokens[position + 1];
            var (literal, quoted) = tokens[position + 2];
            var column = PropertyColumn(property, table, metadata);
            if (!Operators.TryGetValue(operatorText, out var comparison))
            {
                throw Unsupported(operatorText);
            }

            var value = ODataValues.FromLiteral(column, literal, quoted);
            result.AddCondition(
                value is null ? new ConditionExpression(column.LogicalName, comparison == ConditionOperator.NotEqual ? ConditionOperator.NotNull : ConditionOperator.Null)
                    : new ConditionExpression(column.LogicalName, comparison, value));
            position += 3;
            if (position == tokens.Count)
            {
                return result;
            }

            if (tokens[position].Text != "and")
            {
                throw Unsupported(tokens[position].Text);
            }

            position++;
        }
    }

    /// <summary>The column of a property name, accepting the Web API's <c>_lookup_value</c> form.</summary>
    public static ColumnInfo PropertyColumn(string property, string table, SolutionMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var logicalName = property.StartsWith('_') && property.EndsWith("_value", StringComparison.Ordinal) && property.Length > 7
            ? property[1..^6]
            : property;
        return metadata.Column(table, logicalName) ?? throw new ODataException(ODataError.UnknownProperty(property, table), "unknown property");
    }

    private static ODataException Unsupported(string token) => new(
        "The sandbox's Web API subset filters with comparisons (eq, ne, gt, ge, lt, le) joined by 'and'; '" + token + "' is not supported here.");

    private static List<(string Text, bool Quoted)> Tokens(string filter)
    {
        var tokens = new List<(string, bool)>();
        var i = 0;
        while (i < filter.Length)
        {
            var c = filter[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '\'')
            {
                var text = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= filter.Length)
                    {
                        throw new ODataException("$filter has a string that is never closed: " + filter);
                    }

                    if (filter[i] == '\'' && i + 1 < filter.Length && filter[i + 1] == '\'')
                    {
                        text.Append('\'');
                        i += 2;
                    }
                    else if (filter[i] == '\'')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        text.Append(filter[i++]);
                    }
                }

                tokens.Add((text.ToString(), true));
            }
            else if (c is '(' or ')' or ',')
            {
                throw Unsupported(c.ToString());
            }
            else
            {
                var start = i;
                while (i < filter.Length && !char.IsWhiteSpace(filter[i]) && filter[i] is not ('(' or ')' or ',' or '\''))
                {
                    i++;
                }

                tokens.Add((filter[start..i], false));
            }
        }

        return tokens;
    }
}
