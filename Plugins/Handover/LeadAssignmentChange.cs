using System;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>One Create or Update of a lead as the assignment sees it.</summary>
/// <param name="Lead">The lead as saved (post-image).</param>
/// <param name="BecameSalesReady">Create of a sales-ready lead, or an Update turning the flag from off to on.</param>
/// <param name="OwnerSent">The owner the caller set in this request, when it differs from the owner before.</param>
/// <param name="InitiatingUserId">Who made the request (a manager's owner choice is honoured).</param>
/// <param name="OperationTime">When the platform accepted the operation (UTC): the assignment time.</param>
public sealed record LeadAssignmentChange(
    LeadForHandover Lead,
    bool BecameSalesReady,
    Guid? OwnerSent,
    Guid InitiatingUserId,
    DateTime OperationTime);
