// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.assignrequest
#nullable disable
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

// The parameterless constructor pre-creates its main keys with null values, as Microsoft's does,
// so Parameters.Contains("Target") is already true on a new request.
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class AssignRequest : OrganizationRequest
{
    public AssignRequest()
    {
        RequestName = "Assign";
        Target = null;
        Assignee = null;
    }

    public EntityReference Target
    {
        get => Parameters.Contains("Target") ? (EntityReference)Parameters["Target"] : default;
        set => Parameters["Target"] = value;
    }

    public EntityReference Assignee
    {
        get => Parameters.Contains("Assignee") ? (EntityReference)Parameters["Assignee"] : default;
        set => Parameters["Assignee"] = value;
    }
}
