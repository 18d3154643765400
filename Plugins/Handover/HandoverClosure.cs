using System;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>An open handover the new assignment closes, with the status and the words the ledger keeps.</summary>
public sealed record HandoverClosure(Guid HandoverId, int Status, string OutcomeReason);
