// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.setstaterequest
#nullable disable
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

// The parameterless constructor pre-creates its main keys with null values, as Microsoft's does,
// so Parameters.Contains("Target") is already true on a new request.
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class SetStateRequest : OrganizationRequest
{
    public SetStateRequest()
    {
        RequestName = "SetState";
        EntityMoniker = null;
        State = null;
        Status = null;
    }

    public EntityReference EntityMoniker
    {
        get => Parameters.Contains("EntityMoniker") ? (EntityReference)Parameters["EntityMoniker"] : default;
        set => Parameters["EntityMoniker"] = value;
    }

    public OptionSetValue State
    {
        get => Parameters.Contains("State") ? (OptionSetValue)Parameters["State"] : default;
        set => Parameters["State"] = value;
    }

    public OptionSetValue Status
    {
        get => Parameters.Contains("Status") ? (OptionSetValue)Parameters["Status"] : default;
        set => Parameters["Status"] = value;
    }
}
