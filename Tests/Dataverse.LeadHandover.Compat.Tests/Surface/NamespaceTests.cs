using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Compat.Tests.Surface;

/// <summary>
/// Keeps the Compat assembly free of public surface that Microsoft's SDK does not have, so code written
/// against the stand-ins never depends on something the real assemblies lack.
/// </summary>
[TestClass]
public sealed class NamespaceTests
{
    private static readonly string[] AllowedNamespaces =
    {
        "Microsoft.Xrm.Sdk",
        "Microsoft.Xrm.Sdk.Query",
        "Microsoft.Xrm.Sdk.Messages",
        "Microsoft.Crm.Sdk.Messages",
        "Microsoft.PowerPlatform.Dataverse.Client",
        "Microsoft.PowerPlatform.Dataverse.Client.Utils",
        "Microsoft.PowerPlatform.Dataverse.Client.Extensions",
        "Dataverse.LeadHandover.Compat",
    };

    [TestMethod]
    public void PublicTypes_Namespaces_AreMicrosoftsOrTheMarker()
    {
        var strays = CompatTypes.Public().Where(t => !AllowedNamespaces.Contains(t.Namespace, StringComparer.Ordinal)).Select(t => t.FullName).ToList();

        Assert.IsEmpty(strays, "Non-Microsoft public types: " + string.Join(", ", strays));
    }

    [TestMethod]
    public void MarkerNamespace_PublicTypes_AreOnlyTheStandInMarker()
    {
        var markerTypes = CompatTypes.Public().Where(t => t.Namespace == "Dataverse.LeadHandover.Compat").Select(t => t.Name).ToList();

        CollectionAssert.AreEqual(new[] { "CompatAssembly" }, markerTypes);
    }
}
