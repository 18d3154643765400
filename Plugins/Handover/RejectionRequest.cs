using System;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>One call of lh_RejectHandover.</summary>
public sealed record RejectionRequest(Guid HandoverId, string? Reason, Guid CallerId, DateTime OperationTime);
