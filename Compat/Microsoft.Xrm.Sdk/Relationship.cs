// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.relationship
#nullable disable
using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[DataContract(Name = "Relationship", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class Relationship : IExtensibleDataObject
{
    private ExtensionDataObject _extensionData;

    public Relationship()
    {
    }

    public Relationship(string schemaName)
    {
        SchemaName = schemaName;
    }

    [DataMember]
    public string SchemaName { get; set; }

    [DataMember]
    public EntityRole? PrimaryEntityRole { get; set; }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }

    // Relationship is the key type of RelatedEntityCollection, hence value equality.
    public override bool Equals(object obj)
    {
        return obj is Relationship other
            && string.Equals(SchemaName, other.SchemaName, StringComparison.Ordinal)
            && PrimaryEntityRole == other.PrimaryEntityRole;
    }

    public override int GetHashCode()
    {
        return (SchemaName == null ? 0 : SchemaName.GetHashCode()) ^ PrimaryEntityRole.GetHashCode();
    }

    public override string ToString() => SchemaName + "." + PrimaryEntityRole;
}
