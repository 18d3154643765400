// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.executemultipleresponse
#nullable disable
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

// Typed properties are read-only views over Results; an absent key reads as the default value.
[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class ExecuteMultipleResponse : OrganizationResponse
{
    public ExecuteMultipleResponse()
    {
    }

    public ExecuteMultipleResponseItemCollection Responses => Results.Contains("Responses") ? (ExecuteMultipleResponseItemCollection)Results["Responses"] : default;

    public bool IsFaulted => Results.Contains("IsFaulted") ? (bool)Results["IsFaulted"] : default;
}
