extern alias plugins;

using System;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using PluginBase = plugins::Dataverse.LeadHandover.Plugins.Pipeline.PluginBase;

namespace Dataverse.LeadHandover.Solution.Tests.PluginRegistration;

/// <summary>
/// The registration and the code agree: the assembly the Plugins project builds has the FullName the solution
/// registers (the packer injects the DLL by it), and every registered plug-in type is a public IPlugin in it.
/// The net10.0 build is signed with the same key and versioned the same way as the net462 build that ships.
/// </summary>
[TestClass]
public sealed class BuiltPluginAssemblyTests
{
    private static Assembly Built => typeof(PluginBase).Assembly;

    private static XElement Registered => SolutionFiles.Xml(SolutionModel.AssemblyFiles.Single()).Root!;

    [TestMethod]
    public void RegisteredFullName_IsTheBuiltAssemblysName()
    {
        Assert.AreEqual(Built.GetName().FullName, (string?)Registered.Attribute("FullName"));
    }

    [TestMethod]
    public void EveryRegisteredPluginType_IsAPublicPluginOfTheBuiltAssembly()
    {
        var problems = Registered.Element("PluginTypes")!.Elements("PluginType")
            .Select(t => (string)t.Attribute("Name")!)
            .Where(name =>
            {
                var type = Built.GetType(name);
                return type is null || !type.IsPublic || type.IsAbstract ||
                       !type.GetInterfaces().Any(i => i.FullName == "Microsoft.Xrm.Sdk.IPlugin");
            })
            .Select(name => $"{name} is not a public, concrete IPlugin in {Built.GetName().Name}")
            .ToList();

        Problems.AssertNone(problems);
    }
}
