using System;
using System.Globalization;
using Dataverse.LeadHandover.Domain.FollowUp;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Qualification;
using Dataverse.LeadHandover.Plugins.Data;
using Dataverse.LeadHandover.Plugins.Handover;
using Dataverse.LeadHandover.Plugins.Mapping;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.FollowUp;

/// <summary>
/// Refuses to disqualify a handed-over lead before its tier's minimum contact attempts, naming what is missing,
/// unless a sales manager gives a reason in the same request; that override is then recorded on the handover.
/// </summary>
/// <remarks>
/// The check runs in PreValidation, the one stage that sees the whole request: an Update that carries statecode with
/// other columns runs PreOperation and PostOperation twice, once per part. A SetState request carries no reason,
/// so only an Update can override.
/// </remarks>
public sealed class DisqualificationService
{
    private readonly IHandoverPolicySource _policy;
    private readonly IHandoverLedger _ledger;
    private readonly IContactAttemptLog _attempts;
    private readonly ICallerRoles _roles;
    private readonly IUserDirectory _users;
    private readonly IFollowUpRecorder _recorder;

    public DisqualificationService(
        IHandoverPolicySource policy, IHandoverLedger ledger, IContactAttemptLog attempts, ICallerRoles roles, IUserDirectory users, IFollowUpRecorder recorder)
    {
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _attempts = attempts ?? throw new ArgumentNullException(nameof(attempts));
        _roles = roles ?? throw new ArgumentNullException(nameof(roles));
        _users = users ?? throw new ArgumentNullException(nameof(users));
        _recorder = recorder ?? throw new ArgumentNullException(nameof(recorder));
    }

    /// <summary>Throws <see cref="InvalidPluginExecutionException"/> when the request may not go ahead.</summary>
    public void Validate(LeadDisqualification change)
    {
        if (change is null)
        {
            throw new ArgumentNullException(nameof(change));
        }

        var reason = LeadText.MultiLine(change.OverrideReason);
        var isManager = (reason is not null || change.IsDisqualifying) && SalesManagerRole.IsHeldBy(_roles, change.InitiatingUserId);
        if (reason is not null && !isManager)
        {
            throw new InvalidPluginExecutionException("Only a user with the " + SalesManagerRole.Name
                + " role can give a reason to disqualify a lead before its contact attempts are complete.");
        }

        if (!change.IsDisqualifying || StatusOf(change) is not { } status)
        {
            return;
        }

        var decision = DisqualificationGate.Check(status, isManager, reason);
        if (!decision.IsAllowed)
        {
            throw new InvalidPluginExecutionException(decision.RefusalMessage);
        }
    }

    /// <summary>Keeps a manager's override on the handover, once the disqualification is saved.</summary>
    public void Record(LeadDisqualification change)
    {
        if (change is null)
        {
            throw new ArgumentNullException(nameof(change));
        }

        var reason = LeadText.MultiLine(change.OverrideReason);
        if (!change.IsDisqualifying || reason is null || change.CurrentHandoverId is not Guid handoverId || StatusOf(change) is not { IsMet: false } status)
        {
            // With the guideline met no override was needed; without it, the gate let this through only on a manager's reason.
            return;
        }

        var manager = _users.Find(change.InitiatingUserId)?.Name ?? change.InitiatingUserId.ToString();
        _recorder.RecordDisqualificationOverride(handoverId, HandoverRowMapper.Truncate(
            string.Format(
                CultureInfo.InvariantCulture,
                "Disqualified on {0:yyyy-MM-dd HH:mm} UTC with {1} of {2} contact attempts made; {3} overrode the follow-up guideline: {4}",
                change.OperationTime,
                status.AttemptsMade,
                status.Rule.Count,
                manager,
                reason),
            2000));
    }

    private FollowUpStatus? StatusOf(LeadDisqualification change)
    {
        var handover = change.CurrentHandoverId is Guid id ? _ledger.Find(id) : null;
        if (handover?.AssignedOn is not DateTime assignedOn)
        {
            return null;
        }

        var policy = _policy.Current();
        var name = LeadTierNames.NameOf(handover.TierOption);
        var tier = (name is null ? null : policy.FindTier(name)) ?? policy.DefaultTier;
        return FollowUpStatus.Evaluate(tier.MinimumContactAttempts, assignedOn, _attempts.CompletedRegarding(change.LeadId), change.OperationTime);
    }
}
