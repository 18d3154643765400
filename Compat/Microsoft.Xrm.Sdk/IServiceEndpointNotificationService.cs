// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iserviceendpointnotificationservice
#nullable disable
namespace Microsoft.Xrm.Sdk;

public interface IServiceEndpointNotificationService
{
    string Execute(EntityReference serviceEndpoint, IExecutionContext context);
}
