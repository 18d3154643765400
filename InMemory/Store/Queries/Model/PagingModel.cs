namespace Dataverse.LeadHandover.InMemory.Store.Queries.Model;

/// <summary>Which page a query asks for (Learn, "Page results"): page 0 means the first page, count 0 the default size.</summary>
internal sealed record PagingModel(int PageNumber, int Count, string? Cookie, bool ReturnTotalRecordCount)
{
    public static PagingModel FirstPage { get; } = new(0, 0, null, false);
}
