using System;
using System.Globalization;
using Dataverse.LeadHandover.Domain.Intake;

namespace Dataverse.LeadHandover.Domain.FollowUp;

/// <summary>
/// Stops a lead being disqualified before the rep has made the minimum contact attempts: some reps give up
/// after one call. A manager can override, always with a reason, which is recorded.
/// </summary>
public static class DisqualificationGate
{
    public static DisqualificationDecision Check(FollowUpStatus status, bool callerIsManager, string? overrideReason)
    {
        if (status is null)
        {
            throw new ArgumentNullException(nameof(status));
        }

        if (status.IsMet)
        {
            return DisqualificationDecision.Allowed();
        }

        var reason = LeadText.MultiLine(overrideReason);
        if (callerIsManager && reason is not null)
        {
            return DisqualificationDecision.Overridden(reason);
        }

        var missing = status.AttemptsStillRequired;
        var attempts = missing == 1 ? "1 more contact attempt is" : missing.ToString(CultureInfo.InvariantCulture) + " more contact attempts are";
        var by = status.WindowEndsUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
        var made = " (" + status.AttemptsMade.ToString(CultureInfo.InvariantCulture) + " of " + status.Rule.Count.ToString(CultureInfo.InvariantCulture) + " made)";
        var when = status.IsWindowOpen
            ? "This lead can't be disqualified yet: " + attempts + " needed by " + by + made + "."
            : "This lead can't be disqualified yet: " + attempts + " needed; they were due by " + by + made + ".";
        var who = callerIsManager
            ? " As a manager you can override this, but only with a reason."
            : " A manager can override this with a reason.";
        return DisqualificationDecision.Refused(when + who);
    }
}
