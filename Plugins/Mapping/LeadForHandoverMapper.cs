using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.Handover;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.Mapping;

/// <summary>Reads a <see cref="LeadForHandover"/> from a lead row (a post-image or a Retrieve).</summary>
public static class LeadForHandoverMapper
{
    /// <summary>Every lead column a handover reads: the assignment step's post-image and the custom APIs' Retrieve.</summary>
    public static readonly IReadOnlyList<string> Columns = new[]
    {
        LeadSchema.FirstName, LeadSchema.LastName, LeadSchema.CompanyName, LeadSchema.Subject, LeadSchema.OwnerId,
        LeadSchema.LeadSourceId, LeadSchema.Tier, LeadSchema.LeadQualityCode, LeadSchema.IndustryCode,
        LeadSchema.NumberOfEmployees, LeadSchema.Address1Country, LeadSchema.ProductInterest, LeadSchema.CurrentHandoverId,
        LeadSchema.SalesReady,
    };

    public static LeadForHandover FromRow(Guid leadId, Entity row)
    {
        if (row is null)
        {
            throw new ArgumentNullException(nameof(row));
        }

        var owner = row.GetAttributeValue<EntityReference>(LeadSchema.OwnerId);
        var source = row.GetAttributeValue<EntityReference>(LeadSchema.LeadSourceId);
        return new LeadForHandover(
            LeadId: leadId,
            Name: NameOf(row),
            OwnerId: owner is not null && string.Equals(owner.LogicalName, "systemuser", StringComparison.Ordinal) ? owner.Id : null,
            SourceId: source?.Id,
            SourceName: source?.Name,
            TierOption: row.GetAttributeValue<OptionSetValue>(LeadSchema.Tier)?.Value,
            LeadQualityCode: row.GetAttributeValue<OptionSetValue>(LeadSchema.LeadQualityCode)?.Value,
            IndustryCode: row.GetAttributeValue<OptionSetValue>(LeadSchema.IndustryCode)?.Value,
            NumberOfEmployees: row.GetAttributeValue<int?>(LeadSchema.NumberOfEmployees),
            Country: row.GetAttributeValue<string>(LeadSchema.Address1Country),
            ProductInterest: row.GetAttributeValue<string>(LeadSchema.ProductInterest),
            CurrentHandoverId: row.GetAttributeValue<EntityReference>(LeadSchema.CurrentHandoverId)?.Id,
            IsSalesReady: row.GetAttributeValue<bool>(LeadSchema.SalesReady));
    }

    /// <summary>"Ana Silva (Contoso Manufacturing)", or whatever part of it the lead has.</summary>
    private static string NameOf(Entity row)
    {
        var person = Join(row.GetAttributeValue<string>(LeadSchema.FirstName), row.GetAttributeValue<string>(LeadSchema.LastName));
        var company = row.GetAttributeValue<string>(LeadSchema.CompanyName)?.Trim();
        if (person.Length > 0 && !string.IsNullOrEmpty(company))
        {
            return person + " (" + company + ")";
        }

        if (person.Length > 0)
        {
            return person;
        }

        return !string.IsNullOrEmpty(company) ? company! : row.GetAttributeValue<string>(LeadSchema.Subject)?.Trim() ?? "Lead";
    }

    private static string Join(string? first, string? last) => ((first ?? string.Empty).Trim() + " " + (last ?? string.Empty).Trim()).Trim();
}
