using System;

namespace Dataverse.LeadHandover.InMemory;

/// <summary>
/// An asynchronous step that failed while being drained. Dataverse records such failures on the system job
/// (<c>asyncoperation</c>, status Failed) instead of returning them to anyone.
/// </summary>
/// <param name="StepName">The step's name.</param>
/// <param name="StepId">The step's id.</param>
/// <param name="MessageName">The message that queued it.</param>
/// <param name="PrimaryEntityId">The row it ran for.</param>
/// <param name="ErrorCode">The fault's error code.</param>
/// <param name="Message">The fault's message.</param>
public sealed record AsyncOperationFailure(string StepName, Guid StepId, string MessageName, Guid PrimaryEntityId, int ErrorCode, string Message);
