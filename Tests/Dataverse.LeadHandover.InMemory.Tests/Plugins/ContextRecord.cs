using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Plugins;

/// <summary>What a plug-in saw, copied at the moment it ran.</summary>
internal sealed record ContextRecord(
    string MessageName,
    string PrimaryEntityName,
    Guid PrimaryEntityId,
    int Stage,
    int Mode,
    int Depth,
    bool IsInTransaction,
    Guid UserId,
    Guid InitiatingUserId,
    Guid BusinessUnitId,
    Guid OrganizationId,
    Guid CorrelationId,
    DateTime OperationCreatedOn,
    EntityReference? OwningExtension,
    Entity? Target,
    IReadOnlyDictionary<string, object?> InputParameters,
    IReadOnlyDictionary<string, object?> OutputParameters,
    IReadOnlyDictionary<string, object?> SharedVariables,
    IReadOnlyDictionary<string, Entity> PreImages,
    IReadOnlyDictionary<string, Entity> PostImages,
    ContextRecord? Parent,
    bool SameObjectForNewerInterfaces);
