using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Queries.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Queries;

/// <summary>
/// Joins linked tables onto the main rows, depth first, as SQL joins in the FROM clause
/// (Learn, "Join tables using QueryExpression/FetchXml"): Inner keeps matches only, LeftOuter keeps the row
/// with a null link when nothing matches; Exists/In/Any keep rows that have a match without adding columns,
/// NotAny keeps rows that have none, MatchFirstRowUsingCrossApply joins the first match only.
/// A link's own criteria filter the linked table before the join, which is what makes an outer join's
/// link filter keep unmatched main rows. Each link is indexed on its join column once per query.
/// </summary>
internal static class LinkJoiner
{
    public static IEnumerable<JoinedRow> Join(IEnumerable<JoinedRow> rows, IEnumerable<LinkModel> links, string? parentAlias, QueryContext context)
    {
        foreach (var link in links)
        {
            rows = JoinOne(rows, link, parentAlias, context);
            rows = Join(rows, link.Links, link.EffectiveAlias, context);
        }

        return rows;
    }

    private static IEnumerable<JoinedRow> JoinOne(IEnumerable<JoinedRow> rows, LinkModel link, string? parentAlias, QueryContext context)
    {
        var index = Index(link, context);
        foreach (var row in rows)
        {
            var parent = row.Source(parentAlias);
            object? parentValue = null;
            parent?.Attributes.TryGetValue(link.ParentAttribute, out parentValue);
            var key = JoinKey.Of(parentValue);
            var matches = key is not null && index.TryGetValue(key, out var found) ? found : [];

            switch (link.Join)
            {
                case JoinOperator.Inner or JoinOperator.Natural:
                    foreach (var match in matches)
                    {
                        yield return row.With(link.EffectiveAlias, match);
                    }

                    break;
                case JoinOperator.LeftOuter:
                    if (matches.Count == 0)
                    {
                        yield return row.With(link.EffectiveAlias, null);
                    }

                    foreach (var match in matches)
                    {
                        yield return row.With(link.EffectiveAlias, match);
                    }

                    break;
                case JoinOperator.MatchFirstRowUsingCrossApply:
                    if (matches.Count > 0)
                    {
                        yield return row.With(link.EffectiveAlias, matches[0]);
                    }

                    break;
                case JoinOperator.Exists or JoinOperator.In or JoinOperator.Any:
                    if (matches.Count > 0)
                    {
                        yield return row;
                    }

                    break;
                case JoinOperator.NotAny:
                    if (matches.Count == 0)
                    {
                        yield return row;
                    }

                    break;
                default:
                    throw new NotSupportedException($"The in-memory store does not support the join operator '{link.Join}' (link to '{link.Table}').");
            }
        }
    }

    private static Dictionary<object, List<Entity>> Index(LinkModel link, QueryContext context)
    {
        var schema = context.State.RequireTable(link.Table);
        var index = new Dictionary<object, List<Entity>>();
        foreach (var candidate in context.State.Rows.All(schema.LogicalName).OrderBy(r => r.Id, GuidOrder.Instance))
        {
            if (!candidate.Attributes.TryGetValue(link.LinkedAttribute, out var value)
                || JoinKey.Of(value) is not { } key
                || !FilterEvaluator.Matches(link.Criteria, candidate, context))
            {
                continue;
            }

            if (!index.TryGetValue(key, out var list))
            {
                list = [];
                index[key] = list;
            }

            list.Add(candidate);
        }

        return index;
    }
}
