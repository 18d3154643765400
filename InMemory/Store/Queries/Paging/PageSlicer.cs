using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Queries.Model;

namespace Dataverse.LeadHandover.InMemory.Store.Queries.Paging;

/// <summary>
/// Cuts one page out of the sorted rows (Learn, "Page results"): pages of <c>Count</c> rows (default and
/// maximum 5,000), page 0 meaning page 1; with a cookie from the previous page the page starts right after
/// that cookie's last row, otherwise (or for a non-consecutive page) by position. <c>TopCount</c> returns the
/// first rows and no paging. The cookie is left out when a link column is sorted on, as Dataverse does.
/// </summary>
internal static class PageSlicer
{
    public const int MaxPageSize = 5000;

    public static Page Slice(IReadOnlyList<JoinedRow> rows, QueryModel model, IReadOnlyList<SortColumn> orders, string primaryId)
    {
        if (model.Top is > 0 and var top)
        {
            return new Page(rows.Take(top).ToList(), MoreRecords: false, Cookie: null);
        }

        var size = model.Paging.Count > 0 ? Math.Min(model.Paging.Count, MaxPageSize) : MaxPageSize;
        var page = Math.Max(1, model.Paging.PageNumber);
        var start = (page - 1) * size;
        if (page > 1
            && PagingCookie.TryRead(model.Paging.Cookie, primaryId, out var cookiePage, out var lastId)
            && cookiePage == page - 1)
        {
            var index = LastIndexOf(rows, lastId);
            start = index >= 0 ? index + 1 : start;
        }

        var slice = rows.Skip(start).Take(size).ToList();
        var cookie = slice.Count > 0 && orders.All(o => o.Alias is null)
            ? PagingCookie.Write(page, primaryId, orders, slice[0].Main, slice[^1].Main)
            : null;
        return new Page(slice, MoreRecords: start + slice.Count < rows.Count, cookie);
    }

    private static int LastIndexOf(IReadOnlyList<JoinedRow> rows, Guid id)
    {
        for (var i = rows.Count - 1; i >= 0; i--)
        {
            if (rows[i].Main.Id == id)
            {
                return i;
            }
        }

        return -1;
    }
}
