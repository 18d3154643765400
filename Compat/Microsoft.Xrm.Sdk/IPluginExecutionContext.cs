// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.ipluginexecutioncontext
#nullable disable
namespace Microsoft.Xrm.Sdk;

public interface IPluginExecutionContext : IExecutionContext
{
    int Stage { get; }

    IPluginExecutionContext ParentContext { get; }
}
