using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>
/// Reads every row a query matches, a page of 5000 at a time with the paging cookie
/// (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/page-large-result-sets-with-queryexpression).
/// </summary>
public static class QueryPages
{
    public const int PageSize = 5000;

    public static List<Entity> All(IOrganizationService service, QueryExpression query)
    {
        if (service is null)
        {
            throw new ArgumentNullException(nameof(service));
        }

        if (query is null)
        {
            throw new ArgumentNullException(nameof(query));
        }

        var rows = new List<Entity>();
        query.PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 };
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            rows.AddRange(page.Entities);
            if (!page.MoreRecords)
            {
                return rows;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
