using System;
using System.Collections.Generic;
using System.Text;
using Dataverse.LeadHandover.Domain.Intake;

namespace Dataverse.LeadHandover.Domain.Qualification;

/// <summary>
/// Lets a few trusted roles mark a lead sales ready without the checks (data migration, an
/// integration that qualifies elsewhere), always with a recorded reason so the exception is
/// visible to marketing and sales management afterwards.
/// </summary>
public static class QualificationBypass
{
    /// <summary>The roles allowed to bypass unless configured otherwise.</summary>
    public static readonly IReadOnlyList<string> DefaultAllowedRoles = new[]
    {
        "Lead Handover Administrator",
        "Lead Handover Integration",
        "System Administrator",
    };

    /// <summary>Decides with <see cref="DefaultAllowedRoles"/>.</summary>
    public static BypassDecision Decide(IEnumerable<string> callerRoleNames, string? reason) =>
        Decide(callerRoleNames, DefaultAllowedRoles, reason);

    /// <summary>
    /// Allowed when the caller holds one of <paramref name="allowedRoleNames"/> (compared
    /// case-insensitively) and gives a non-blank reason; refused otherwise.
    /// </summary>
    public static BypassDecision Decide(IEnumerable<string> callerRoleNames, IReadOnlyList<string> allowedRoleNames, string? reason)
    {
        if (callerRoleNames is null)
        {
            throw new ArgumentNullException(nameof(callerRoleNames));
        }

        if (allowedRoleNames is null)
        {
            throw new ArgumentNullException(nameof(allowedRoleNames));
        }

        if (allowedRoleNames.Count == 0)
        {
            return BypassDecision.Refused("Bypassing the sales-ready checks is switched off: no role is allowed to bypass them, with or without a reason.");
        }

        var recordedReason = LeadText.MultiLine(reason);
        if (!HoldsAllowedRole(callerRoleNames, allowedRoleNames))
        {
            return BypassDecision.Refused("You can't bypass the sales-ready checks: only users with the "
                + ListRoles(allowedRoleNames) + " can, and they must give a reason.");
        }

        if (recordedReason is null)
        {
            return BypassDecision.Refused("Give a reason to bypass the sales-ready checks: a bypass is allowed only with a reason, and only for users with the "
                + ListRoles(allowedRoleNames) + ".");
        }

        return BypassDecision.Allowed(recordedReason);
    }

    private static bool HoldsAllowedRole(IEnumerable<string> callerRoleNames, IReadOnlyList<string> allowedRoleNames)
    {
        foreach (var role in callerRoleNames)
        {
            var held = LeadText.SingleLine(role);
            if (held is null)
            {
                continue;
            }

            foreach (var allowed in allowedRoleNames)
            {
                if (string.Equals(held, LeadText.SingleLine(allowed), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string ListRoles(IReadOnlyList<string> roles)
    {
        var text = new StringBuilder();
        for (var i = 0; i < roles.Count; i++)
        {
            if (i > 0)
            {
                text.Append(i == roles.Count - 1 ? " or " : ", ");
            }

            text.Append(LeadText.SingleLine(roles[i]));
        }

        return text.Append(roles.Count == 1 ? " role" : " roles").ToString();
    }
}
