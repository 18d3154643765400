// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.errordetailcollection
#nullable disable
using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[Serializable]
[CollectionDataContract(Name = "ErrorDetailCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
[KnownType("GetKnownParameterTypes")]
public sealed class ErrorDetailCollection : DataCollection<string, object>
{
    public ErrorDetailCollection()
    {
    }

    // Real faults carry ints and strings here; the list keeps SDK values serializable too.
    private static IEnumerable<Type> GetKnownParameterTypes() => KnownParameterTypes.All();
}
