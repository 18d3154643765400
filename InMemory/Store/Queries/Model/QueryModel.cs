using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Queries.Model;

/// <summary>
/// One query, whichever form it came in (QueryExpression, QueryByAttribute or FetchXML), so a single
/// engine evaluates all three the same way.
/// </summary>
internal sealed class QueryModel(string entityName)
{
    public string EntityName { get; } = entityName;

    public SelectedColumns Columns { get; init; } = new();

    public FilterExpression? Criteria { get; init; }

    public List<LinkModel> Links { get; } = [];

    public List<OrderModel> Orders { get; } = [];

    public int? Top { get; init; }

    public bool Distinct { get; init; }

    public bool Aggregate { get; init; }

    public PagingModel Paging { get; init; } = PagingModel.FirstPage;
}
