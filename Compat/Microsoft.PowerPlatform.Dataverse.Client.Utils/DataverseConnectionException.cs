// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.powerplatform.dataverse.client.utils.dataverseconnectionexception
// Stands in for the members this repository uses; the constructor and factory taking Microsoft.Rest's
// HttpOperationException are left out because nothing here has that type.
#nullable disable
#if NET
using System;
using System.Runtime.Serialization;

namespace Microsoft.PowerPlatform.Dataverse.Client.Utils;

// Binary-serialization members are obsolete on .NET 5+, yet Microsoft's type still declares them.
#pragma warning disable SYSLIB0051

[Serializable]
public class DataverseConnectionException : Exception
{
    public DataverseConnectionException(string message)
        : base(message)
    {
    }

    public DataverseConnectionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    protected DataverseConnectionException(SerializationInfo serializationInfo, StreamingContext streamingContext)
        : base(serializationInfo, streamingContext)
    {
    }
}
#endif
