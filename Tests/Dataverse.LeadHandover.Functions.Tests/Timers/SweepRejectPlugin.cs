using System;
using System.Globalization;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// Stands in for the plug-ins' <c>lh_RejectHandover</c> in the timer tests, keeping the parts the sweep relies on:
/// only the assigned rep, a sales manager or the Functions app (the "Lead Handover Integration" role) may call it,
/// only while the handover is Awaiting, a reason is required; the handover closes with that reason (Expired when the
/// app took it back, Rejected otherwise) and the lead gets a new Awaiting handover for the next rep, whose id comes
/// back. One trace line per call lets tests count calls.
/// </summary>
public sealed class SweepRejectPlugin : IPlugin
{
    public const string TracePrefix = "sweep-reject-called ";
    public const string SalesManagerRole = "Lead Handover Sales Manager";
    public const string IntegrationRole = "Lead Handover Integration";

    public void Execute(IServiceProvider serviceProvider)
    {
        ArgumentNullException.ThrowIfNull(serviceProvider);
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var service = factory.CreateOrganizationService(context.UserId);
        var handoverId = (Guid)context.InputParameters[RejectHandoverApi.HandoverId];
        var reason = context.InputParameters[RejectHandoverApi.Reason] as string;
        tracing.Trace(TracePrefix + handoverId.ToString("D"));

        var handover = service.Retrieve(
            HandoverSchema.EntityName,
            handoverId,
            new ColumnSet(HandoverSchema.HandoverStatus, HandoverSchema.RepId, HandoverSchema.LeadId, HandoverSchema.ManagerId, HandoverSchema.Tier));
        var automatic = Holds(service, context.UserId, IntegrationRole);
        if (handover.GetAttributeValue<EntityReference>(HandoverSchema.RepId)?.Id != context.UserId && !automatic && !Holds(service, context.UserId, SalesManagerRole))
        {
            throw new InvalidPluginExecutionException("You can't reject this handover: it is assigned to another rep.");
        }

        if (handover.GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus)?.Value != HandoverStatus.Awaiting)
        {
            throw new InvalidPluginExecutionException("This handover can no longer be rejected.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidPluginExecutionException("Give a reason to reject this handover.");
        }

        service.Update(new Entity(HandoverSchema.EntityName, handoverId)
        {
            [HandoverSchema.HandoverStatus] = new OptionSetValue(automatic ? HandoverStatus.Expired : HandoverStatus.Rejected),
            [HandoverSchema.OutcomeReason] = reason,
        });
        var next = new SweepHandoverBuilder(NumberOf(handoverId))
            .ForRep(Ids.OtherRep)
            .AssignedOn(context.OperationCreatedOn)
            .Build();
        next.Id = SweepIds.NextHandover(NumberOf(handoverId));
        context.OutputParameters[RejectHandoverApi.NewHandoverId] = service.Create(next);
    }

    private static bool Holds(IOrganizationService service, Guid userId, string roleName)
    {
        var query = new QueryExpression("role") { ColumnSet = new ColumnSet("name") };
        var assignment = query.AddLink("systemuserroles", "roleid", "roleid");
        assignment.LinkCriteria.AddCondition("systemuserid", ConditionOperator.Equal, userId);
        return service.RetrieveMultiple(query).Entities.Any(role => string.Equals(role.GetAttributeValue<string>("name"), roleName, StringComparison.OrdinalIgnoreCase));
    }

    private static int NumberOf(Guid handoverId) => int.Parse(handoverId.ToString("N")[^4..], CultureInfo.InvariantCulture);
}
