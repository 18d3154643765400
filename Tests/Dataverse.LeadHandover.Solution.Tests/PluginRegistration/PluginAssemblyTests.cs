using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.PluginRegistration;

/// <summary>
/// The plug-in assembly registration matches the assembly the Plugins project builds: the packer injects the
/// DLL by FullName (name, version and public key token), and a mismatch fails the build.
/// Strong-named sandbox assemblies: https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in
/// </summary>
[TestClass]
public sealed class PluginAssemblyTests
{
    private static string AssemblyFile => SolutionModel.AssemblyFiles.Single();

    private static XElement Assembly => SolutionFiles.Xml(AssemblyFile).Root!;

    [TestMethod]
    public void AssemblyFolder_IsNamedAfterTheAssemblyWithoutDotsAndItsUpperCaseId()
    {
        var id = Guid.Parse((string)Assembly.Attribute("PluginAssemblyId")!);
        var name = ((string)Assembly.Attribute("FullName")!).Split(',')[0].Replace(".", string.Empty, StringComparison.Ordinal);

        Assert.AreEqual($"PluginAssemblies/{name}-{id.ToString().ToUpperInvariant()}/{name}.dll.data.xml", AssemblyFile);
        Assert.AreEqual($"/PluginAssemblies/{name}-{id.ToString().ToUpperInvariant()}/{name}.dll", (string?)Assembly.Element("FileName"));
    }

    [TestMethod]
    public void AssemblyFullName_IsWhatThePluginsProjectBuilds()
    {
        var version = (string)XDocument.Load(RepositoryRoot.Combine("Directory.Build.props")).Descendants("Version").Single();
        var token = StrongNameKey.PublicKeyToken(File.ReadAllBytes(RepositoryRoot.Combine("Plugins", "Dataverse.LeadHandover.Plugins.snk")));

        Assert.AreEqual($"Dataverse.LeadHandover.Plugins, Version={FourPartVersion(version)}, Culture=neutral, PublicKeyToken={token}", (string?)Assembly.Attribute("FullName"));
    }

    [TestMethod]
    public void Assembly_IsASandboxedDatabaseAssembly()
    {
        Assert.AreEqual("2", (string?)Assembly.Element("IsolationMode"), "sandbox, the only isolation online");
        Assert.AreEqual("0", (string?)Assembly.Element("SourceType"), "database; import accepts only 0, 1 or 2");
    }

    [TestMethod]
    public void PluginTypes_AreTheContractTypesOfThisAssembly()
    {
        var fullName = (string)Assembly.Attribute("FullName")!;
        var types = Assembly.Element("PluginTypes")!.Elements("PluginType").ToList();

        CollectionAssert.AreEquivalent(
            new[]
            {
                "Dataverse.LeadHandover.Plugins.Intake.LeadIntakeValidation",
                "Dataverse.LeadHandover.Plugins.Intake.LeadIntakeStamping",
                "Dataverse.LeadHandover.Plugins.Intake.LeadSalesReadyValidation",
                "Dataverse.LeadHandover.Plugins.Intake.LeadSalesReadyStamping",
                "Dataverse.LeadHandover.Plugins.Intake.LeadSourceChanged",
                "Dataverse.LeadHandover.Plugins.Handover.LeadSalesReadyAssignment",
                "Dataverse.LeadHandover.Plugins.Handover.AcknowledgeHandover",
                "Dataverse.LeadHandover.Plugins.Handover.RejectHandover",
                "Dataverse.LeadHandover.Plugins.FollowUp.ContactAttemptCompleted",
                "Dataverse.LeadHandover.Plugins.FollowUp.LeadDisqualificationGate",
                "Dataverse.LeadHandover.Plugins.FollowUp.LeadDisqualificationRecorded",
            },
            types.Select(t => (string)t.Attribute("Name")!).ToList());
        Assert.IsTrue(types.All(t => (string?)t.Attribute("AssemblyQualifiedName") == $"{(string?)t.Attribute("Name")}, {fullName}"));
    }

    [TestMethod]
    public void PublicKeyToken_OfASignedAssemblysKey_IsTheTokenTheRuntimeReports()
    {
        var name = typeof(Assert).Assembly.GetName();

        Assert.AreEqual(Convert.ToHexStringLower(name.GetPublicKeyToken()!), StrongNameKey.Token(name.GetPublicKey()!));
    }

    [TestMethod]
    public void PublicKey_OfTheKeyPair_IsAnRsaSignatureKeyBlob()
    {
        var snk = File.ReadAllBytes(RepositoryRoot.Combine("Plugins", "Dataverse.LeadHandover.Plugins.snk"));

        var publicKey = StrongNameKey.PublicKey(snk);

        Assert.HasCount(12 + 20 + 256, publicKey, "2048-bit key: header, PUBLICKEYBLOB header, modulus");
        CollectionAssert.AreEqual(new byte[] { 0x00, 0x24, 0x00, 0x00, 0x04, 0x80, 0x00, 0x00 }, publicKey.Take(8).ToArray());
    }

    // <Version>0.1.0</Version> gives the assembly version 0.1.0.0.
    private static string FourPartVersion(string version)
    {
        var parts = version.Split('.').ToList();
        while (parts.Count < 4)
        {
            parts.Add("0");
        }

        return string.Join('.', parts);
    }
}
