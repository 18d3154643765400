// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.executemultiplesettings
#nullable disable
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[DataContract(Name = "ExecuteMultipleSettings", Namespace = "http://schemas.microsoft.com/xrm/2012/Contracts")]
public sealed class ExecuteMultipleSettings : IExtensibleDataObject
{
    private ExtensionDataObject _extensionData;

    public ExecuteMultipleSettings()
    {
    }

    [DataMember]
    public bool ContinueOnError { get; set; }

    [DataMember]
    public bool ReturnResponses { get; set; }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }
}
