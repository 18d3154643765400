using System;
using System.Globalization;
using Dataverse.LeadHandover.Plugins.Pipeline;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>Reads the lead change, plans the handover it calls for and records it.</summary>
public static class HandoverAssignment
{
    public static void Run(ILocalPluginContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var change = LeadAssignmentChangeReader.Read(context);
        var plan = change is null ? null : HandoverServices.Assignment(context).PlanFor(change);
        if (plan is null)
        {
            context.Trace("No handover needed for this change.");
            return;
        }

        var handoverId = HandoverServices.Recorder(context).Record(plan);
        context.Trace(string.Format(CultureInfo.InvariantCulture, "Handover {0} recorded: {1}, closed {2}.", handoverId, plan.Decision, plan.Closures.Count));
    }
}
