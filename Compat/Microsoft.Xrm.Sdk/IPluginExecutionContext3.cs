// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.ipluginexecutioncontext3
#nullable disable
using System;

namespace Microsoft.Xrm.Sdk;

public interface IPluginExecutionContext3 : IPluginExecutionContext2, IPluginExecutionContext, IExecutionContext
{
    Guid AuthenticatedUserId { get; }
}
