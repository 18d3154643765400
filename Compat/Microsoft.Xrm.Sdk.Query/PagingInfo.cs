// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.paginginfo
#nullable disable
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

[DataContract(Name = "PagingInfo", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class PagingInfo : IExtensibleDataObject
{
    private ExtensionDataObject _extensionData;

    public PagingInfo()
    {
    }

    [DataMember]
    public int PageNumber { get; set; }

    [DataMember]
    public int Count { get; set; }

    [DataMember]
    public string PagingCookie { get; set; }

    [DataMember]
    public bool ReturnTotalRecordCount { get; set; }

    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }
}
