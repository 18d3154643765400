// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.querybase
#nullable disable
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

[DataContract(Name = "QueryBase", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
[KnownType(typeof(QueryExpression))]
[KnownType(typeof(QueryByAttribute))]
[KnownType(typeof(FetchExpression))]
public abstract class QueryBase : IExtensibleDataObject
{
    private ExtensionDataObject _extensionData;

    protected QueryBase()
    {
    }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }

    // Microsoft seals the hierarchy with an internal abstract member; this does the same, so no
    // caller can invent a query kind the in-memory Dataverse would have to guess about.
    internal abstract string QueryKind { get; }
}
