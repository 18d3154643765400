// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.retrieveresponse
#nullable disable
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

// Typed properties are read-only views over Results; an absent key reads as the default value.
[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class RetrieveResponse : OrganizationResponse
{
    public RetrieveResponse()
    {
    }

    public Entity Entity => Results.Contains("Entity") ? (Entity)Results["Entity"] : default;

    public object Notifications => Results.Contains("Notifications") ? (object)Results["Notifications"] : default;
}
