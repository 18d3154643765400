using System;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>One call of lh_AcknowledgeHandover.</summary>
public sealed record AcknowledgementRequest(Guid HandoverId, bool OnBehalfOfRep, Guid CallerId, DateTime OperationTime);
