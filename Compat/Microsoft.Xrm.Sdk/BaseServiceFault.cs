// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.baseservicefault
#nullable disable
using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[Serializable]
[DataContract(Name = "BaseServiceFault", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
[KnownType(typeof(OrganizationServiceFault))]
[KnownType(typeof(ExecuteTransactionFault))]
public abstract class BaseServiceFault : IExtensibleDataObject
{
    private ErrorDetailCollection _errorDetails;

    [NonSerialized]
    private ExtensionDataObject _extensionData;

    protected BaseServiceFault()
    {
    }

    [DataMember]
    public Guid ActivityId { get; set; }

    [DataMember]
    public int ErrorCode { get; set; }

    [DataMember]
    public ErrorDetailCollection ErrorDetails
    {
        get => _errorDetails ??= new ErrorDetailCollection();
        set => _errorDetails = value;
    }

    [DataMember]
    public string HelpLink { get; set; }

    [DataMember]
    public string Message { get; set; }

    [DataMember]
    public DateTime Timestamp { get; set; }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }
}
