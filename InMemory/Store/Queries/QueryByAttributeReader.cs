using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Faults;
using Dataverse.LeadHandover.InMemory.Store.Queries.Model;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Queries;

/// <summary>
/// Turns a QueryByAttribute into the engine's model: an AND of <c>Attributes[i] = Values[i]</c>
/// (Learn, QueryByAttribute class). Empty or mismatched attribute/value arrays fault with the platform's
/// QueryBuilderByAttribute codes; a null ColumnSet (what <c>new QueryByAttribute("x")</c> leaves) returns only
/// the primary key, as a null ColumnSet does on Retrieve; a null PageInfo means the first page.
/// </summary>
internal static class QueryByAttributeReader
{
    public static QueryModel Read(QueryByAttribute query)
    {
        if (query.Attributes.Count == 0)
        {
            throw PlatformFaults.QueryByAttributeEmpty();
        }

        if (query.Values.Count != query.Attributes.Count)
        {
            throw PlatformFaults.QueryByAttributeMismatch();
        }

        var criteria = new FilterExpression(LogicalOperator.And);
        for (var i = 0; i < query.Attributes.Count; i++)
        {
            criteria.AddCondition(query.Values[i] is null
                ? new ConditionExpression(query.Attributes[i], ConditionOperator.Null)
                : new ConditionExpression(query.Attributes[i], ConditionOperator.Equal, query.Values[i]));
        }

        var model = new QueryModel(query.EntityName)
        {
            Columns = QueryExpressionReader.ColumnsOf(query.ColumnSet),
            Criteria = criteria,
            Top = query.TopCount,
            Paging = QueryExpressionReader.PagingOf(query.PageInfo),
        };
        model.Orders.AddRange(query.Orders.Select(o => new OrderModel(o.AttributeName, o.OrderType == OrderType.Descending)));
        return model;
    }
}
