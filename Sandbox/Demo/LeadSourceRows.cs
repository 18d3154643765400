using System;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Sandbox.Demo;

/// <summary>Adds lead sources to the catalogue, as an administrator does in the app's setup area.</summary>
internal static class LeadSourceRows
{
    public static Guid Add(
        IOrganizationService service, string name, int channel, int? leadSourceCode = null, Guid? campaignId = null, string? utmCodes = null, bool active = true)
    {
        ArgumentNullException.ThrowIfNull(service);
        var id = service.Create(new Entity(LeadSourceSchema.EntityName)
        {
            [LeadSourceSchema.Name] = name,
            [LeadSourceSchema.Channel] = new OptionSetValue(channel),
            [LeadSourceSchema.LeadSourceCode] = leadSourceCode,
            [LeadSourceSchema.CampaignId] = campaignId is Guid campaign ? new EntityReference("campaign", campaign) : null,
            [LeadSourceSchema.UtmCodes] = utmCodes,
        });
        if (!active)
        {
            service.Execute(new SetStateRequest
            {
                EntityMoniker = new EntityReference(LeadSourceSchema.EntityName, id),
                State = new OptionSetValue(1),
                Status = new OptionSetValue(2),
            });
        }

        return id;
    }
}
