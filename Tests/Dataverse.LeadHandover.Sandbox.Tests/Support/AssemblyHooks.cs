using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Sandbox.Tests.Support;

/// <summary>Closes the shared Chromium once every test has run.</summary>
[TestClass]
public static class AssemblyHooks
{
    [AssemblyCleanup]
    public static Task CloseBrowserAsync() => BrowserSession.CloseAsync();
}
