using System.Collections.Generic;

namespace Dataverse.LeadHandover.InMemory.Store.Queries.Paging;

/// <summary>The rows of one page, whether more follow, and the cookie for the next page.</summary>
internal sealed record Page(List<JoinedRow> Rows, bool MoreRecords, string? Cookie);
