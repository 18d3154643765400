// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.executetransactionrequest
#nullable disable
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

// The parameterless constructor pre-creates its main keys with null values, as Microsoft's does,
// so Parameters.Contains("Target") is already true on a new request.
[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class ExecuteTransactionRequest : OrganizationRequest
{
    public ExecuteTransactionRequest()
    {
        RequestName = "ExecuteTransaction";
        Requests = null;
    }

    public OrganizationRequestCollection Requests
    {
        get => Parameters.Contains("Requests") ? (OrganizationRequestCollection)Parameters["Requests"] : default;
        set => Parameters["Requests"] = value;
    }

    public bool? ReturnResponses
    {
        get => Parameters.Contains("ReturnResponses") ? (bool?)Parameters["ReturnResponses"] : default;
        set => Parameters["ReturnResponses"] = value;
    }
}
