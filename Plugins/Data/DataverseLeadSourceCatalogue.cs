using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.Mapping;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>
/// Reads the catalogue with one query per execution. The catalogue is a short admin-maintained list
/// (dozens of rows), so one page is enough; more than a page is refused rather than silently truncated.
/// </summary>
public sealed class DataverseLeadSourceCatalogue : ILeadSourceCatalogue
{
    private const int MaxSources = 5000;
    private readonly IOrganizationService _service;

    public DataverseLeadSourceCatalogue(IOrganizationService service) =>
        _service = service ?? throw new ArgumentNullException(nameof(service));

    public IReadOnlyList<LeadSourceEntry> Entries()
    {
        var query = new QueryExpression(LeadSourceSchema.EntityName)
        {
            ColumnSet = new ColumnSet(
                LeadSourceSchema.Name,
                LeadSourceSchema.Channel,
                LeadSourceSchema.DefaultTier,
                LeadSourceSchema.LeadSourceCode,
                LeadSourceSchema.CampaignId,
                LeadSourceSchema.UtmCodes,
                LeadSourceSchema.StateCode),
            PageInfo = new PagingInfo { Count = MaxSources, PageNumber = 1 },
        };

        var rows = _service.RetrieveMultiple(query);
        if (rows.MoreRecords)
        {
            throw new InvalidPluginExecutionException("The lead source catalogue has more than 5000 sources; archive unused sources so intake can read it in one page.");
        }

        var entries = new List<LeadSourceEntry>(rows.Entities.Count);
        foreach (var row in rows.Entities)
        {
            LeadSourceRowMapper.AddEntries(row, entries);
        }

        return entries;
    }
}
