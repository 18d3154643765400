using System;
using Dataverse.LeadHandover.Domain.Intake;

namespace Dataverse.LeadHandover.Plugins.Intake;

/// <summary>
/// One Create or Update of a lead as the intake rules see it: what the caller sent, what the row will
/// look like afterwards (pre-image overlaid with Target), and which rule-relevant things the caller asked for.
/// </summary>
/// <param name="Submitted">Only the values the caller sent; normalisation writes back only these.</param>
/// <param name="Merged">The row as it will be saved: what the rules judge.</param>
/// <param name="IsCreate">True for Create.</param>
/// <param name="SalesReadyRequested">Create with Sales ready set, or an Update turning it from off to on.</param>
/// <param name="SourceSubmitted">Create, or an Update that sent the lead source column (possibly cleared).</param>
/// <param name="PreviousSourceId">The source before this Update, if any.</param>
/// <param name="BypassReason">A non-empty qualification bypass reason sent in this request.</param>
/// <param name="InitiatingUserId">Who asked for the change (recorded with a bypass).</param>
/// <param name="OperationTime">When the platform accepted the operation (UTC).</param>
public sealed record LeadChange(
    LeadFacts Submitted,
    LeadFacts Merged,
    bool IsCreate,
    bool SalesReadyRequested,
    bool SourceSubmitted,
    Guid? PreviousSourceId,
    string? BypassReason,
    Guid InitiatingUserId,
    DateTime OperationTime);
