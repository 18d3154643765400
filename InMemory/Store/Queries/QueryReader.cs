using System;
using Dataverse.LeadHandover.InMemory.Store.Fetch;
using Dataverse.LeadHandover.InMemory.Store.Queries.Model;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Queries;

/// <summary>Reads any of the three SDK query forms into the engine's model.</summary>
internal static class QueryReader
{
    public static QueryModel Read(QueryBase query) => query switch
    {
        QueryExpression expression => QueryExpressionReader.Read(expression),
        QueryByAttribute byAttribute => QueryByAttributeReader.Read(byAttribute),
        FetchExpression fetch => FetchXmlParser.Parse(fetch.Query),
        _ => throw new NotSupportedException($"The in-memory store does not evaluate queries of type '{query.GetType().Name}'."),
    };
}
