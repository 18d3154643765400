using System.Linq;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>
/// For tests that lean on the Compat ServiceClient ending its login without a service: against Microsoft's client
/// they would reach for a real environment, so an Official run reports them inconclusive instead.
/// </summary>
internal static class CompatOnly
{
    private static readonly string Sdk = typeof(CompatOnly).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "Dataverse.LeadHandover.DataverseSdk").Value!;

    public static void Require()
    {
        if (Sdk != "Compat")
        {
            Assert.Inconclusive("Needs the Compat ServiceClient; this run was built with DataverseSdk=" + Sdk + ".");
        }
    }
}
