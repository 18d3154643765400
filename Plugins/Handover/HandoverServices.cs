using System;
using Dataverse.LeadHandover.Plugins.Data;
using Dataverse.LeadHandover.Plugins.Pipeline;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>Composes the handover services for one execution. They read and write as SYSTEM: the ledger, rep profiles and lead ownership are the solution's own records, and callers are authorised by the rules themselves (rep or sales manager).</summary>
public static class HandoverServices
{
    public static HandoverAssignmentService Assignment(ILocalPluginContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var service = context.SystemService;
        return new HandoverAssignmentService(
            new EnvironmentHandoverPolicySource(new EnvironmentVariableReader(service)),
            new DataverseRepRoster(service, context.Trace),
            new DataverseHandoverLedger(service),
            new DataverseUserDirectory(service),
            new DataverseCallerRoles(service));
    }

    public static HandoverAcknowledgementService Acknowledgement(ILocalPluginContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var service = context.SystemService;
        return new HandoverAcknowledgementService(
            new DataverseHandoverLedger(service),
            new DataverseHandoverRecorder(service),
            new DataverseRepCalendars(service),
            new DataverseCallerRoles(service));
    }

    public static HandoverRejectionService Rejection(ILocalPluginContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var service = context.SystemService;
        return new HandoverRejectionService(
            new DataverseHandoverLedger(service),
            new DataverseHandoverRecorder(service),
            new DataverseLeadReader(service),
            new DataverseCallerRoles(service),
            Assignment(context));
    }

    public static DataverseHandoverRecorder Recorder(ILocalPluginContext context) =>
        new((context ?? throw new ArgumentNullException(nameof(context))).SystemService);
}
