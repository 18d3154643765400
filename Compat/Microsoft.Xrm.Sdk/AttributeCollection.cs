// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.attributecollection
#nullable disable
using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[CollectionDataContract(Name = "AttributeCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
[KnownType("GetKnownParameterTypes")]
public sealed class AttributeCollection : DataCollection<string, object>
{
    public AttributeCollection()
    {
    }

    // Microsoft's sealed collection really declares this as protected internal; C# only warns about it.
#pragma warning disable CS0628
    protected internal AttributeCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }
#pragma warning restore CS0628

    private static IEnumerable<Type> GetKnownParameterTypes() => KnownParameterTypes.All();
}
