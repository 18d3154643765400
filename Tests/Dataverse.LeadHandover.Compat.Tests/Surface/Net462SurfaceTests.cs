using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Compat.Tests.Surface;

/// <summary>
/// The net462 stand-ins are what the shipping plug-in assembly compiles against in Compat mode; in Official mode it
/// compiles against Microsoft.CrmSdk.CoreAssemblies 9.0.2.56, which has no Microsoft.PowerPlatform.* namespace. A
/// type the net462 stand-ins export there would let net462 code compile here and fail in the release build.
/// </summary>
[TestClass]
public sealed class Net462SurfaceTests
{
    private static readonly string[] CoreAssembliesNamespaces =
    {
        "Microsoft.Xrm.Sdk",
        "Microsoft.Xrm.Sdk.Query",
        "Microsoft.Xrm.Sdk.Messages",
        "Microsoft.Crm.Sdk.Messages",
        "Dataverse.LeadHandover.Compat",
    };

    [TestMethod]
    public void Net462Build_PublicTypes_AreOnlyInNamespacesCoreAssembliesHas()
    {
        using var stream = File.OpenRead(Net462Assembly());
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();

        var strays = metadata.TypeDefinitions
            .Select(metadata.GetTypeDefinition)
            .Where(t => (t.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public)
            .Select(t => metadata.GetString(t.Namespace) + "." + metadata.GetString(t.Name))
            .Where(name => !CoreAssembliesNamespaces.Any(ns => name.StartsWith(ns + ".", StringComparison.Ordinal) && name.IndexOf('.', ns.Length + 1) < 0))
            .ToList();

        Assert.IsEmpty(strays, "net462 stand-ins outside CoreAssemblies' namespaces: " + string.Join(", ", strays));
    }

    [TestMethod]
    public void Net462Build_StillExportsTheXrmSdk()
    {
        using var stream = File.OpenRead(Net462Assembly());
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();

        Assert.IsTrue(metadata.TypeDefinitions.Select(metadata.GetTypeDefinition).Any(t => metadata.GetString(t.Name) == "IPlugin"));
    }

    // tests/<project>/bin/<configuration>/net10.0 → Compat/bin/<configuration>/net462
    private static string Net462Assembly()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        var root = output.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(root, "Compat", "bin", configuration, "net462", "Dataverse.LeadHandover.Compat.dll");
        Assert.IsTrue(File.Exists(path), "The net462 Compat build is missing: " + path);
        return path;
    }
}
