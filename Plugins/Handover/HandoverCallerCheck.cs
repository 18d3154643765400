using System;
using Dataverse.LeadHandover.Plugins.Data;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>Whether a caller may act on a handover: its rep, or a sales manager acting for the rep.</summary>
/// <remarks>Refusals name the rule, not the rep: the pipeline traces refusals, and traces carry no personal data.</remarks>
public static class HandoverCallerCheck
{
    /// <summary>Null when the caller may act; otherwise the refusal, saying who may.</summary>
    public static string? Refusal(HandoverRow handover, Guid callerId, bool onBehalfOfRep, string action, ICallerRoles roles)
    {
        if (handover is null)
        {
            throw new ArgumentNullException(nameof(handover));
        }

        if (roles is null)
        {
            throw new ArgumentNullException(nameof(roles));
        }

        if (handover.RepId == callerId)
        {
            return null;
        }

        if (!SalesManagerRole.IsHeldBy(roles, callerId))
        {
            return "You can't " + action + " this handover: it is assigned to another rep. Only the assigned rep, or a user with the "
                + SalesManagerRole.Name + " role acting on their behalf, can.";
        }

        return onBehalfOfRep
            ? null
            : "This handover is assigned to another rep, not to you. As a sales manager you can " + action
                + " it on their behalf: call again with OnBehalfOfRep set to true.";
    }
}
