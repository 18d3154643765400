// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.remoteexecutioncontext
#nullable disable
using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

// This is the body Dataverse posts to webhooks and Service Bus: member names must stay exactly
// Microsoft's, because DataContractJsonSerializer writes them (alphabetically) into the payload.
[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
[KnownType("GetKnownParameterTypes")]
public sealed class RemoteExecutionContext : IPluginExecutionContext, IExecutionContext, IExtensibleDataObject
{
    private ParameterCollection _inputParameters;
    private ParameterCollection _outputParameters;
    private ParameterCollection _sharedVariables;
    private EntityImageCollection _preEntityImages;
    private EntityImageCollection _postEntityImages;
    private ExtensionDataObject _extensionData;

    public RemoteExecutionContext()
    {
    }

    [DataMember]
    public int Stage { get; set; }

    [DataMember]
    public int Mode { get; set; }

    [DataMember]
    public string MessageName { get; set; }

    [DataMember]
    public string PrimaryEntityName { get; set; }

    [DataMember]
    public string SecondaryEntityName { get; set; }

    [DataMember]
    public Guid? RequestId { get; set; }

    // Get-only publicly, as in Microsoft's type; the private setters let the serializer fill them.
    [DataMember]
    public ParameterCollection InputParameters
    {
        get => _inputParameters ??= new ParameterCollection();
        private set => _inputParameters = value;
    }

    [DataMember]
    public ParameterCollection OutputParameters
    {
        get => _outputParameters ??= new ParameterCollection();
        private set => _outputParameters = value;
    }

    [DataMember]
    public ParameterCollection SharedVariables
    {
        get => _sharedVariables ??= new ParameterCollection();
        private set => _sharedVariables = value;
    }

    [DataMember]
    public Guid UserId { get; set; }

    [DataMember]
    public Guid InitiatingUserId { get; set; }

    [DataMember]
    public Guid BusinessUnitId { get; set; }

    [DataMember]
    public Guid OrganizationId { get; set; }

    [DataMember]
    public string OrganizationName { get; set; }

    [DataMember]
    public EntityImageCollection PreEntityImages
    {
        get => _preEntityImages ??= new EntityImageCollection();
        private set => _preEntityImages = value;
    }

    [DataMember]
    public EntityImageCollection PostEntityImages
    {
        get => _postEntityImages ??= new EntityImageCollection();
        private set => _postEntityImages = value;
    }

    [DataMember]
    public Guid CorrelationId { get; set; }

    [DataMember]
    public int Depth { get; set; }

    [DataMember]
    public bool IsExecutingOffline { get; set; }

    [DataMember]
    public bool IsOfflinePlayback { get; set; }

    [DataMember]
    public int IsolationMode { get; set; }

    [DataMember]
    public bool IsInTransaction { get; set; }

    [DataMember]
    public Guid OperationId { get; set; }

    [DataMember]
    public EntityReference OwningExtension { get; set; }

    [DataMember]
    public Guid PrimaryEntityId { get; set; }

    [DataMember]
    public DateTime OperationCreatedOn { get; set; }

    [DataMember]
    public RemoteExecutionContext ParentContext { get; set; }

    IPluginExecutionContext IPluginExecutionContext.ParentContext => ParentContext;

    [DataMember(IsRequired = false)]
    public Guid UserAzureActiveDirectoryObjectId { get; set; }

    [DataMember(IsRequired = false)]
    public Guid InitiatingUserAzureActiveDirectoryObjectId { get; set; }

    [DataMember(IsRequired = false)]
    public string InitiatingUserAgent { get; set; }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }

    private static IEnumerable<Type> GetKnownParameterTypes() => KnownParameterTypes.All();
}
