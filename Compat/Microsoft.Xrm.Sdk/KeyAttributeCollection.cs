// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.keyattributecollection
#nullable disable
using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[Serializable]
[CollectionDataContract(Name = "KeyAttributeCollection", Namespace = "http://schemas.microsoft.com/xrm/7.1/Contracts")]
[KnownType("GetKnownParameterTypes")]
public sealed class KeyAttributeCollection : DataCollection<string, object>
{
    public KeyAttributeCollection()
    {
    }

    // Microsoft's sealed collection really declares this as protected internal; C# only warns about it.
#pragma warning disable CS0628
    protected internal KeyAttributeCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }
#pragma warning restore CS0628

    // Alternate-key values can be lookups or choices, which must be known to the serializer.
    private static IEnumerable<Type> GetKnownParameterTypes() => KnownParameterTypes.All();
}
