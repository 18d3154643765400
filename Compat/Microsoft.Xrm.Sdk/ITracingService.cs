// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.itracingservice
#nullable disable
namespace Microsoft.Xrm.Sdk;

public interface ITracingService
{
    void Trace(string format, params object[] args);
}
