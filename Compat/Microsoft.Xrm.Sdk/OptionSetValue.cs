// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.optionsetvalue
#nullable disable
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[DataContract(Name = "OptionSetValue", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class OptionSetValue : IExtensibleDataObject
{
    private int _value;
    private ExtensionDataObject _extensionData;

    public OptionSetValue()
    {
    }

    public OptionSetValue(int value)
    {
        _value = value;
    }

    [DataMember]
    public int Value
    {
        get => _value;
        set => _value = value;
    }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }

    public override bool Equals(object obj) => obj is OptionSetValue other && other._value == _value;

    public override int GetHashCode() => _value.GetHashCode();
}
