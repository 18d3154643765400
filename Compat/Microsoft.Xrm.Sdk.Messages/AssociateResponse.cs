// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.associateresponse
#nullable disable
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class AssociateResponse : OrganizationResponse
{
    public AssociateResponse()
    {
    }
}
