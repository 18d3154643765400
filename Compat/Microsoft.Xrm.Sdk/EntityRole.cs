// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entityrole
#nullable disable
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[DataContract(Name = "EntityRole", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public enum EntityRole
{
    [EnumMember]
    Referencing = 0,

    [EnumMember]
    Referenced = 1,
}
