// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.formattedvaluecollection
#nullable disable
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[CollectionDataContract(Name = "FormattedValueCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class FormattedValueCollection : DataCollection<string, string>
{
    public FormattedValueCollection()
    {
    }

    // Microsoft's sealed collection really declares this as protected internal; C# only warns about it.
#pragma warning disable CS0628
    protected internal FormattedValueCollection(IDictionary<string, string> collection)
        : base(collection)
    {
    }
#pragma warning restore CS0628
}
