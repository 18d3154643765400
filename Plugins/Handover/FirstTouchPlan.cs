using System;
using Dataverse.LeadHandover.Domain.Qualification;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>The phone call or task a high-tier handover creates for the new owner, due within the tier's SLA.</summary>
public sealed record FirstTouchPlan(FirstTouch Kind, Guid OwnerId, string Subject, string Description, DateTime DueOn);
