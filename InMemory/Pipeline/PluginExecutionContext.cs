using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>
/// The execution context handed to plug-ins, also served for IPluginExecutionContext2–5 (the newest interface both
/// CoreAssemblies 9.0.2.56 and Dataverse.Client 1.1.17 carry).
/// </summary>
internal sealed class PluginExecutionContext : IPluginExecutionContext5
{
    private readonly PluginExecutionContext? _parent;
    private readonly EntityReference? _owningExtension;

    public PluginExecutionContext(
        ExecutionFrame frame,
        int stage,
        int mode,
        Guid primaryEntityId,
        ParameterCollection inputParameters,
        ParameterCollection outputParameters,
        ParameterCollection sharedVariables,
        PluginExecutionContext? parent,
        bool isInTransaction,
        EntityReference? owningExtension = null)
    {
        Frame = frame;
        Stage = stage;
        Mode = mode;
        PrimaryEntityId = primaryEntityId;
        InputParameters = inputParameters;
        OutputParameters = outputParameters;
        SharedVariables = sharedVariables;
        _parent = parent;
        IsInTransaction = isInTransaction;
        _owningExtension = owningExtension;
    }

    public ExecutionFrame Frame { get; }

    /// <summary>The parent as our own type, for nested calls and webhook serialization.</summary>
    public PluginExecutionContext? Parent => _parent;

    public int Stage { get; }

    // Returned non-null in the signature so it matches both nullable-annotated and oblivious SDK builds.
    public IPluginExecutionContext ParentContext => _parent!;

    public int Mode { get; }

    public int IsolationMode => 2;

    public int Depth => Frame.Depth;

    public string MessageName => Frame.MessageName;

    public string PrimaryEntityName => Frame.PrimaryEntityName;

    public Guid? RequestId => Frame.RequestId;

    public string SecondaryEntityName => "none";

    public ParameterCollection InputParameters { get; }

    public ParameterCollection OutputParameters { get; }

    public ParameterCollection SharedVariables { get; }

    public Guid UserId => Frame.UserId;

    public Guid InitiatingUserId => Frame.InitiatingUserId;

    public Guid BusinessUnitId => Frame.BusinessUnitId;

    public Guid OrganizationId => Frame.OrganizationId;

    public string OrganizationName => Frame.OrganizationName;

    public Guid PrimaryEntityId { get; }

    public EntityImageCollection PreEntityImages { get; } = new();

    public EntityImageCollection PostEntityImages { get; } = new();

    public EntityReference OwningExtension => _owningExtension!;

    public Guid CorrelationId => Frame.CorrelationId;

    public bool IsExecutingOffline => false;

    public bool IsOfflinePlayback => false;

    public bool IsInTransaction { get; }

    public Guid OperationId { get; init; }

    public DateTime OperationCreatedOn => Frame.OperationCreatedOn;

    public Guid UserAzureActiveDirectoryObjectId => Guid.Empty;

    public Guid InitiatingUserAzureActiveDirectoryObjectId => Guid.Empty;

    public Guid InitiatingUserApplicationId => Guid.Empty;

    public Guid PortalsContactId => Guid.Empty;

    public bool IsPortalsClientCall => false;

    public Guid AuthenticatedUserId => Frame.InitiatingUserId;

    public EntityImageCollection[] PreEntityImagesCollection => [];

    public EntityImageCollection[] PostEntityImagesCollection => [];

    public string InitiatingUserAgent => string.Empty;
}
