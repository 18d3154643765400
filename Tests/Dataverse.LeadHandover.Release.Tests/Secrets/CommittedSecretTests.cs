using System.Linq;
using Dataverse.LeadHandover.Release.Tests.Repository;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Release.Tests.Secrets;

/// <summary>
/// No pipeline, workflow, pipeline script or Bicep file holds a secret: secrets come from the CI systems' secret
/// stores and service connections, or from Key Vault at run time.
/// </summary>
[TestClass]
public sealed class CommittedSecretTests
{
    [TestMethod]
    public void ReleaseFiles_HoldNoSecretLookingLiteral()
    {
        var files = ReleaseFiles.AllYaml.Concat(ReleaseFiles.PipelineScripts).Concat(ReleaseFiles.BicepFiles).ToList();

        var findings = files.SelectMany(f => SecretScanner.Findings(ReleaseFiles.Read(f)).Select(finding => $"{f} {finding}")).ToList();

        Assert.IsGreaterThan(10, files.Count, "the scan covers the release files");
        Problems.AssertNone(findings);
    }
}
