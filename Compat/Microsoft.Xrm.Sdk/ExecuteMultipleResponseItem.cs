// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.executemultipleresponseitem
#nullable disable
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[DataContract(Name = "ExecuteMultipleResponseItem", Namespace = "http://schemas.microsoft.com/xrm/2012/Contracts")]
public sealed class ExecuteMultipleResponseItem : IExtensibleDataObject
{
    private ExtensionDataObject _extensionData;

    public ExecuteMultipleResponseItem()
    {
    }

    [DataMember]
    public int RequestIndex { get; set; }

    [DataMember]
    public OrganizationResponse Response { get; set; }

    [DataMember]
    public OrganizationServiceFault Fault { get; set; }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }
}
