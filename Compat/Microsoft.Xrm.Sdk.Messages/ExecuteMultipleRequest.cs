// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.executemultiplerequest
#nullable disable
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

// The parameterless constructor pre-creates its main keys with null values, as Microsoft's does,
// so Parameters.Contains("Target") is already true on a new request.
[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class ExecuteMultipleRequest : OrganizationRequest
{
    public ExecuteMultipleRequest()
    {
        RequestName = "ExecuteMultiple";
        Requests = null;
        Settings = null;
    }

    public OrganizationRequestCollection Requests
    {
        get => Parameters.Contains("Requests") ? (OrganizationRequestCollection)Parameters["Requests"] : default;
        set => Parameters["Requests"] = value;
    }

    public ExecuteMultipleSettings Settings
    {
        get => Parameters.Contains("Settings") ? (ExecuteMultipleSettings)Parameters["Settings"] : default;
        set => Parameters["Settings"] = value;
    }
}
