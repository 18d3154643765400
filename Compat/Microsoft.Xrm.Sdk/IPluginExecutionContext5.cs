// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.ipluginexecutioncontext5
#nullable disable
namespace Microsoft.Xrm.Sdk;

// Stops at 5 on purpose: the Microsoft.Xrm.Sdk bundled with Dataverse.Client 1.1.17 has no 6 or 7.
public interface IPluginExecutionContext5 : IPluginExecutionContext4, IPluginExecutionContext3, IPluginExecutionContext2, IPluginExecutionContext, IExecutionContext
{
    string InitiatingUserAgent { get; }
}
