// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.organizationrequest
#nullable disable
using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[DataContract(Name = "OrganizationRequest", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public class OrganizationRequest : IExtensibleDataObject
{
    private ParameterCollection _parameters;
    private ExtensionDataObject _extensionData;

    public OrganizationRequest()
    {
    }

    public OrganizationRequest(string requestName)
    {
        RequestName = requestName;
    }

    [DataMember]
    public string RequestName { get; set; }

    [DataMember]
    public ParameterCollection Parameters
    {
        get => _parameters ??= new ParameterCollection();
        set => _parameters = value;
    }

    [DataMember]
    public Guid? RequestId { get; set; }

    public object this[string parameterName]
    {
        get => Parameters[parameterName];
        set => Parameters[parameterName] = value;
    }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }
}
