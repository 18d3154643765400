using System;
using Dataverse.LeadHandover.Plugins.Data;
using Dataverse.LeadHandover.Plugins.Pipeline;

namespace Dataverse.LeadHandover.Plugins.FollowUp;

/// <summary>Composes the follow-up services for one execution; they read and write as SYSTEM, so a rep completing a call needs no rights on the ledger.</summary>
public static class FollowUpServices
{
    public static FollowUpTracker Tracker(ILocalPluginContext context)
    {
        var service = (context ?? throw new ArgumentNullException(nameof(context))).SystemService;
        return new FollowUpTracker(new DataverseLeadReader(service), new DataverseHandoverLedger(service), new DataverseContactAttemptLog(service));
    }

    public static DisqualificationService Disqualification(ILocalPluginContext context)
    {
        var service = (context ?? throw new ArgumentNullException(nameof(context))).SystemService;
        return new DisqualificationService(
            new EnvironmentHandoverPolicySource(new EnvironmentVariableReader(service)),
            new DataverseHandoverLedger(service),
            new DataverseContactAttemptLog(service),
            new DataverseCallerRoles(service),
            new DataverseUserDirectory(service),
            new DataverseFollowUpRecorder(service));
    }
}
