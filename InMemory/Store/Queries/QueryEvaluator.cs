using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Fetch;
using Dataverse.LeadHandover.InMemory.Store.Queries.Model;
using Dataverse.LeadHandover.InMemory.Store.Queries.Paging;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Queries;

/// <summary>
/// Runs a query against the stored rows (committed plus the open transaction's writes): join links,
/// filter, then either aggregate or sort, de-duplicate, page and project.
/// </summary>
internal static class QueryEvaluator
{
    public static EntityCollection Evaluate(QueryModel model, QueryContext context)
    {
        var schema = context.State.RequireTable(model.EntityName);
        var aliases = LinkAliases.Assign(model);
        QueryValidator.Validate(model, schema, aliases, context);

        var rows = context.State.Rows.All(schema.LogicalName).Select(r => new JoinedRow(r));
        rows = LinkJoiner.Join(rows, model.Links, parentAlias: null, context)
            .Where(r => FilterEvaluator.Matches(model.Criteria, r, aliases, context));

        if (model.Aggregate)
        {
            return AggregateEvaluator.Evaluate(model, schema, aliases, rows.ToList(), context);
        }

        var orders = RowOrderer.SortColumnsOf(model, aliases);
        var sorted = RowOrderer.Sort(rows, orders, context);
        if (model.Distinct)
        {
            sorted = DistinctRows.Apply(sorted, r => ResultProjector.Project(r, model, schema, aliases, context));
        }

        var page = PageSlicer.Slice(sorted, model, orders, schema.PrimaryIdAttribute);
        var result = new EntityCollection
        {
            EntityName = schema.LogicalName,
            MoreRecords = page.MoreRecords,
            PagingCookie = page.Cookie,
            TotalRecordCount = model.Paging.ReturnTotalRecordCount ? System.Math.Min(sorted.Count, PageSlicer.MaxPageSize) : -1,
            TotalRecordCountLimitExceeded = model.Paging.ReturnTotalRecordCount && sorted.Count > PageSlicer.MaxPageSize,
        };
        result.Entities.AddRange(page.Rows.Select(r => ResultProjector.Project(r, model, schema, aliases, context)));
        return result;
    }
}
