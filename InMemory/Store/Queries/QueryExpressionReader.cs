using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Queries.Model;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Queries;

/// <summary>Turns a QueryExpression into the engine's <see cref="QueryModel"/>.</summary>
internal static class QueryExpressionReader
{
    public static QueryModel Read(QueryExpression query)
    {
        var model = new QueryModel(query.EntityName)
        {
            Columns = ColumnsOf(query.ColumnSet),
            Criteria = query.Criteria,
            Top = query.TopCount,
            Distinct = query.Distinct,
            Paging = PagingOf(query.PageInfo),
        };
        model.Links.AddRange(query.LinkEntities.Select(ReadLink));
        model.Orders.AddRange(query.Orders.Select(o => new OrderModel(o.AttributeName, o.OrderType == OrderType.Descending)
        {
            EntityAlias = string.IsNullOrEmpty(o.EntityName) ? null : o.EntityName,
        }));
        return model;
    }

    /// <summary>The columns of a ColumnSet; a null ColumnSet asks for none (only the primary key comes back).</summary>
    public static SelectedColumns ColumnsOf(ColumnSet? columns)
    {
        var selected = new SelectedColumns { All = columns?.AllColumns ?? false };
        if (columns is { AllColumns: false })
        {
            selected.Items.AddRange(columns.Columns.Select(c => new ColumnSelection(c)));
        }

        return selected;
    }

    /// <summary>The page a PagingInfo asks for; none means the first page of up to 5,000 rows.</summary>
    public static PagingModel PagingOf(PagingInfo? paging) =>
        paging is null
            ? PagingModel.FirstPage
            : new PagingModel(paging.PageNumber, paging.Count, paging.PagingCookie, paging.ReturnTotalRecordCount);

    private static LinkModel ReadLink(LinkEntity link)
    {
        var model = new LinkModel(link.LinkToEntityName, link.LinkFromAttributeName, link.LinkToAttributeName, link.JoinOperator)
        {
            Alias = string.IsNullOrEmpty(link.EntityAlias) ? null : link.EntityAlias,
            Columns = ColumnsOf(link.Columns),
            Criteria = link.LinkCriteria,
        };
        model.Links.AddRange(link.LinkEntities.Select(ReadLink));
        model.Orders.AddRange(link.Orders.Select(o => new OrderModel(o.AttributeName, o.OrderType == OrderType.Descending)));
        return model;
    }
}
