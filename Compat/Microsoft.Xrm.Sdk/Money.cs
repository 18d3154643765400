// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.money
#nullable disable
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[DataContract(Name = "Money", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class Money : IExtensibleDataObject
{
    private decimal _value;
    private ExtensionDataObject _extensionData;

    public Money()
    {
    }

    public Money(decimal value)
    {
        _value = value;
    }

    [DataMember]
    public decimal Value
    {
        get => _value;
        set => _value = value;
    }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }

    // decimal.Equals ignores scale, so 1.50m equals 1.5m just as in Microsoft's type.
    public override bool Equals(object obj) => obj is Money other && other._value.Equals(_value);

    public override int GetHashCode() => _value.GetHashCode();
}
