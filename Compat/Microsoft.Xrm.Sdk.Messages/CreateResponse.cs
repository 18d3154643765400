// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.createresponse
#nullable disable
using System.Runtime.Serialization;
using System;

namespace Microsoft.Xrm.Sdk.Messages;

// Typed properties are read-only views over Results; an absent key reads as the default value.
[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class CreateResponse : OrganizationResponse
{
    public CreateResponse()
    {
    }

    public Guid id => Results.Contains("id") ? (Guid)Results["id"] : default;
}
