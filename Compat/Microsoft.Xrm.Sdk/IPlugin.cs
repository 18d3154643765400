// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iplugin
#nullable disable
using System;

namespace Microsoft.Xrm.Sdk;

public interface IPlugin
{
    void Execute(IServiceProvider serviceProvider);
}
