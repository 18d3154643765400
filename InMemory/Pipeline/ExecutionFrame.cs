using System;

namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>What every context of one message execution shares, whatever the stage or step.</summary>
internal sealed record ExecutionFrame(
    string MessageName,
    string PrimaryEntityName,
    Guid? RequestId,
    int Depth,
    Guid UserId,
    Guid InitiatingUserId,
    Guid BusinessUnitId,
    Guid OrganizationId,
    string OrganizationName,
    Guid CorrelationId,
    DateTime OperationCreatedOn);
