// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.assignresponse
#nullable disable
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class AssignResponse : OrganizationResponse
{
    public AssignResponse()
    {
    }
}
