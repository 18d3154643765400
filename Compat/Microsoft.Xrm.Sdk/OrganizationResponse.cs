// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.organizationresponse
#nullable disable
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[DataContract(Name = "OrganizationResponse", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public class OrganizationResponse : IExtensibleDataObject
{
    private ParameterCollection _results;
    private ExtensionDataObject _extensionData;

    public OrganizationResponse()
    {
    }

    [DataMember]
    public string ResponseName { get; set; }

    [DataMember]
    public ParameterCollection Results
    {
        get => _results ??= new ParameterCollection();
        set => _results = value;
    }

    public object this[string parameterName]
    {
        get => Results[parameterName];
        set => Results[parameterName] = value;
    }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }
}
