// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.executemultipleresponseitemcollection
#nullable disable
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

// Microsoft's contract name really is OrganizationResponseCollection (2012 namespace), not the class name.
[CollectionDataContract(Name = "OrganizationResponseCollection", Namespace = "http://schemas.microsoft.com/xrm/2012/Contracts")]
public sealed class ExecuteMultipleResponseItemCollection : DataCollection<ExecuteMultipleResponseItem>
{
    public ExecuteMultipleResponseItemCollection()
    {
    }
}
