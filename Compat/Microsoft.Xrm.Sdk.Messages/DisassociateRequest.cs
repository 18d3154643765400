// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.disassociaterequest
#nullable disable
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

// The parameterless constructor pre-creates its main keys with null values, as Microsoft's does,
// so Parameters.Contains("Target") is already true on a new request.
[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class DisassociateRequest : OrganizationRequest
{
    public DisassociateRequest()
    {
        RequestName = "Disassociate";
        Target = null;
        Relationship = null;
        RelatedEntities = null;
    }

    public EntityReference Target
    {
        get => Parameters.Contains("Target") ? (EntityReference)Parameters["Target"] : default;
        set => Parameters["Target"] = value;
    }

    public Relationship Relationship
    {
        get => Parameters.Contains("Relationship") ? (Relationship)Parameters["Relationship"] : default;
        set => Parameters["Relationship"] = value;
    }

    public EntityReferenceCollection RelatedEntities
    {
        get => Parameters.Contains("RelatedEntities") ? (EntityReferenceCollection)Parameters["RelatedEntities"] : default;
        set => Parameters["RelatedEntities"] = value;
    }
}
