using System;
using System.ServiceModel;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Acknowledgement;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Dataverse;
using Microsoft.Extensions.Logging;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Acknowledgement;

/// <summary>
/// What a rep's Acknowledge or Reject link may do. Looking (<see cref="InspectAsync"/>) never changes anything,
/// because link previews and mail scanners follow links. Acting goes through the custom APIs
/// (<c>lh_AcknowledgeHandover</c>, <c>lh_RejectHandover</c>) as the rep, then retires the link's token version so
/// the link cannot be used twice.
/// </summary>
public sealed class HandoverAcknowledgement(
    HandoverLinks links,
    HandoverLedger ledger,
    LeadBriefReader leads,
    RepDirectory reps,
    IDataverseClientFactory dataverse,
    TimeProvider time,
    ILogger<HandoverAcknowledgement> logger)
{
    /// <summary>The longest reason the ledger's <c>lh_outcomereason</c> column holds.</summary>
    public const int MaxReasonLength = 2000;

    public async Task<LinkOutcome> InspectAsync(string? token, CancellationToken cancellationToken)
    {
        var check = links.Check(token, time.GetUtcNow());
        if (check.Claims is not { } claims)
        {
            if (check.Verdict == LinkVerdict.Tampered)
            {
                AcknowledgementLog.Tampered(logger);
            }

            return new LinkOutcome(LinkStatus.Invalid, null, null);
        }

        var handover = await ledger.FindAsync(claims.HandoverId, cancellationToken);
        if (handover is null)
        {
            return new LinkOutcome(LinkStatus.Missing, claims, null);
        }

        var status = StatusOf(check.Verdict, claims, handover);
        var lead = handover.LeadId is { } leadId ? await leads.FindAsync(leadId, cancellationToken) : null;
        var rep = await reps.FindAsync(claims.RepId, cancellationToken);
        return new LinkOutcome(status, claims, handover)
        {
            Token = token,
            LeadName = lead?.FullName ?? lead?.CompanyName,
            RepTimeZoneId = rep?.TimeZoneId,
            AcknowledgedOn = handover.AcknowledgedOn,
        };
    }

    public async Task<LinkOutcome> AcknowledgeAsync(string? token, CancellationToken cancellationToken)
    {
        var inspected = await InspectAsync(token, cancellationToken);
        if (inspected.Status != LinkStatus.Usable)
        {
            return inspected;
        }

        var claims = inspected.Claims!;
        var request = new OrganizationRequest(AcknowledgeHandoverApi.UniqueName)
        {
            [AcknowledgeHandoverApi.HandoverId] = claims.HandoverId,
        };
        var response = await ActAsync(claims, request, "acknowledge", cancellationToken);
        if (response.Outcome is { } refused)
        {
            return await AfterRefusalAsync(token, refused, cancellationToken);
        }

        await RetireLinkAsync(claims, cancellationToken);
        var acknowledgedOn = response.Response!.Results.TryGetValue(AcknowledgeHandoverApi.AcknowledgedOn, out var value) && value is DateTime at
            ? at
            : time.GetUtcNow().UtcDateTime;
        AcknowledgementLog.Acted(logger, claims.HandoverId, "acknowledge", LinkStatus.Acknowledged);
        return inspected with { Status = LinkStatus.Acknowledged, AcknowledgedOn = acknowledgedOn };
    }

    public async Task<LinkOutcome> RejectAsync(string? token, string? reason, CancellationToken cancellationToken)
    {
        var inspected = await InspectAsync(token, cancellationToken);
        if (inspected.Status != LinkStatus.Usable)
        {
            return inspected;
        }

        var trimmed = reason?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return inspected with { Status = LinkStatus.ReasonMissing };
        }

        var claims = inspected.Claims!;
        var request = new OrganizationRequest(RejectHandoverApi.UniqueName)
        {
            [RejectHandoverApi.HandoverId] = claims.HandoverId,
            [RejectHandoverApi.Reason] = trimmed.Length > MaxReasonLength ? trimmed[..MaxReasonLength] : trimmed,
        };
        var response = await ActAsync(claims, request, "reject", cancellationToken);
        if (response.Outcome is { } refused)
        {
            return await AfterRefusalAsync(token, refused, cancellationToken);
        }

        await RetireLinkAsync(claims, cancellationToken);
        AcknowledgementLog.Acted(logger, claims.HandoverId, "reject", LinkStatus.Rejected);
        return inspected with { Status = LinkStatus.Rejected };
    }

    private static LinkStatus StatusOf(LinkVerdict verdict, AcknowledgementLinkClaims claims, HandoverRecord handover) =>
        handover switch
        {
            _ when handover.RepId != claims.RepId => LinkStatus.Reassigned,
            { HandoverStatus: HandoverStatus.Reassigned } => LinkStatus.Reassigned,
            { HandoverStatus: HandoverStatus.Acknowledged } => LinkStatus.AlreadyAcknowledged,
            { HandoverStatus: HandoverStatus.Rejected } => LinkStatus.AlreadyRejected,
            { HandoverStatus: HandoverStatus.Expired } => LinkStatus.TimedOut,
            { HandoverStatus: not HandoverStatus.Awaiting } => LinkStatus.Closed,
            _ when handover.LinkTokenVersion != claims.TokenVersion => LinkStatus.Superseded,
            _ when verdict == LinkVerdict.Expired => LinkStatus.Expired,
            _ => LinkStatus.Usable,
        };

    private async Task<(OrganizationResponse? Response, LinkOutcome? Outcome)> ActAsync(
        AcknowledgementLinkClaims claims, OrganizationRequest request, string action, CancellationToken cancellationToken)
    {
        IOrganizationServiceAsync2? asRep = null;
        try
        {
            asRep = dataverse.CreateOnBehalfOf(claims.RepId);
            return (await asRep.ExecuteAsync(request, cancellationToken), null);
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            AcknowledgementLog.Refused(logger, fault, claims.HandoverId, action, fault.Detail?.ErrorCode ?? 0);
            return (null, new LinkOutcome(LinkStatus.Refused, claims, null) { RefusalMessage = fault.Detail?.Message ?? fault.Message });
        }
        finally
        {
            (asRep as IDisposable)?.Dispose();
        }
    }

    /// <summary>
    /// Retires the link once Dataverse has taken the action. A failure here must not turn a recorded acknowledgement
    /// into an error page: the handover is no longer Awaiting, so the link can't act again anyway.
    /// </summary>
    private async Task RetireLinkAsync(AcknowledgementLinkClaims claims, CancellationToken cancellationToken)
    {
        try
        {
            await ledger.RetireLinkVersionAsync(claims.HandoverId, claims.TokenVersion, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            AcknowledgementLog.RetireFailed(logger, exception, claims.HandoverId);
        }
    }

    /// <summary>
    /// When Dataverse says no, the usual reason is a race (the other button, a second click, a manager acting first):
    /// look again and tell the rep what is now true; only an unexplained refusal is shown as such.
    /// </summary>
    private async Task<LinkOutcome> AfterRefusalAsync(string? token, LinkOutcome refused, CancellationToken cancellationToken)
    {
        var now = await InspectAsync(token, cancellationToken);
        return now.Status == LinkStatus.Usable ? now with { Status = LinkStatus.Refused, RefusalMessage = refused.RefusalMessage } : now;
    }
}
