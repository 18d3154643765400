// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.aliasedvalue
#nullable disable
using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[DataContract(Name = "AliasedValue", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
[KnownType("GetKnownAliasedValueTypes")]
public sealed class AliasedValue : IExtensibleDataObject
{
    private ExtensionDataObject _extensionData;

    public AliasedValue()
    {
    }

    public AliasedValue(string entityLogicalName, string attributeLogicalName, object value)
    {
        EntityLogicalName = entityLogicalName;
        AttributeLogicalName = attributeLogicalName;
        Value = value;
    }

    [DataMember]
    public string AttributeLogicalName { get; internal set; }

    [DataMember]
    public string EntityLogicalName { get; internal set; }

    [DataMember]
    public object Value { get; internal set; }

    // Not public in Microsoft's type, but written on the wire; kept so payloads round-trip.
    [DataMember]
    internal bool NeedFormatting { get; set; }

    [DataMember]
    internal int ReturnType { get; set; }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }

    private static IEnumerable<Type> GetKnownAliasedValueTypes() => KnownParameterTypes.All();
}
