using System;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>
/// Changes the standard handover the first time a lead is read (raising its escalation level), standing in for
/// another writer — the SLA sweep, a manager's edit — that updates the row while the sender is between its read
/// and its claim.
/// </summary>
public sealed class EscalateWhileLeadIsReadPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        ArgumentNullException.ThrowIfNull(serviceProvider);
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var service = factory.CreateOrganizationService(null);
        var handover = service.Retrieve(HandoverSchema.EntityName, Ids.Handover, new ColumnSet(HandoverSchema.EscalationLevel));
        if (handover.GetAttributeValue<int?>(HandoverSchema.EscalationLevel) is null)
        {
            service.Update(new Entity(HandoverSchema.EntityName, Ids.Handover) { [HandoverSchema.EscalationLevel] = 1 });
        }
    }
}
