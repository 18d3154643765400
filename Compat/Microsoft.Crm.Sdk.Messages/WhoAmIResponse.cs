// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.whoamiresponse
#nullable disable
using System.Runtime.Serialization;
using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

// Typed properties are read-only views over Results; an absent key reads as the default value.
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class WhoAmIResponse : OrganizationResponse
{
    public WhoAmIResponse()
    {
    }

    public Guid UserId => Results.Contains("UserId") ? (Guid)Results["UserId"] : default;

    public Guid BusinessUnitId => Results.Contains("BusinessUnitId") ? (Guid)Results["BusinessUnitId"] : default;

    public Guid OrganizationId => Results.Contains("OrganizationId") ? (Guid)Results["OrganizationId"] : default;
}
