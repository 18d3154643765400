// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entitystate
#nullable disable
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[DataContract(Name = "EntityState", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public enum EntityState
{
    [EnumMember]
    Unchanged = 0,

    [EnumMember]
    Created = 1,

    [EnumMember]
    Changed = 2,
}
