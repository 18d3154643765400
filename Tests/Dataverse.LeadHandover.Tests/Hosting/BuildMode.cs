using System.Linq;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Tests.Hosting;

/// <summary>Which Dataverse SDK this test run was built against, read from the marker every assembly carries.</summary>
internal static class BuildMode
{
    public static string Current { get; } = typeof(BuildMode).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "Dataverse.LeadHandover.DataverseSdk").Value!;

    public static bool IsCompat => Current == "Compat";

    /// <summary>For tests about the Compat build itself; an Official run reports them inconclusive rather than wrong.</summary>
    public static void RequireCompat()
    {
        if (!IsCompat)
        {
            Assert.Inconclusive("This test is about the Compat build; this run was built with DataverseSdk=" + Current + ".");
        }
    }
}
