// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.upsertresponse
#nullable disable
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

// Typed properties are read-only views over Results; an absent key reads as the default value.
[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class UpsertResponse : OrganizationResponse
{
    public UpsertResponse()
    {
    }

    public bool RecordCreated => Results.Contains("RecordCreated") ? (bool)Results["RecordCreated"] : default;

    public EntityReference Target => Results.Contains("Target") ? (EntityReference)Results["Target"] : default;
}
