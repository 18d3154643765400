using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.FollowUp;
using Dataverse.LeadHandover.Plugins.Handover;
using Dataverse.LeadHandover.Plugins.Mapping;
using Dataverse.LeadHandover.Tests.Hosting;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Tests.Registration;

/// <summary>
/// Holds Solution/ to what the handover and follow-up code reads: each step fires on the columns its rule watches, its
/// images carry every column the code reads (so nothing is retrieved), and each custom API is implemented by its
/// plug-in (https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in,
/// https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#entity-images).
/// </summary>
[TestClass]
public sealed class HandoverStepRegistrationTests
{
    [TestMethod]
    [DataRow("Create", DisplayName = "Create")]
    [DataRow("Update", DisplayName = "Update")]
    public void AssignmentStep_IsSynchronousPostOperationWithEveryLeadColumnInItsPostImage(string message)
    {
        var step = StepsOf(typeof(LeadSalesReadyAssignment)).Single(s => s.Message == message);

        Assert.AreEqual("lead", step.PrimaryEntity);
        Assert.AreEqual(40, step.Stage, "same transaction as the lead, after it is saved");
        Assert.AreEqual(0, step.Mode);
        var image = step.PostImages[LeadAssignmentChangeReader.PostImageAlias];
        var missing = LeadForHandoverMapper.Columns.Where(column => !image.Contains(column)).ToList();
        Assert.IsEmpty(missing, "Missing from the post-image: " + string.Join(", ", missing));
    }

    [TestMethod]
    public void AssignmentUpdateStep_FiresOnlyForReadinessAndOwnerWithTheirPreviousValues()
    {
        var step = StepsOf(typeof(LeadSalesReadyAssignment)).Single(s => s.Message == "Update");

        CollectionAssert.AreEquivalent(new[] { LeadSchema.SalesReady, LeadSchema.OwnerId }, step.FilteringAttributes.ToArray());
        CollectionAssert.IsSubsetOf(LeadAssignmentChangeReader.PreImageColumns, step.PreImages[LeadAssignmentChangeReader.PreImageAlias].ToArray());
    }

    [TestMethod]
    public void ContactAttemptSteps_WatchTheStateOfEveryContactAttemptTable()
    {
        var steps = StepsOf(typeof(ContactAttemptCompleted));

        CollectionAssert.AreEquivalent(ActivityTables.ContactAttempts.ToArray(), steps.Select(s => s.PrimaryEntity).ToArray());
        foreach (var step in steps)
        {
            Assert.AreEqual("Update", step.Message, step.PrimaryEntity);
            Assert.AreEqual(40, step.Stage, step.PrimaryEntity);
            CollectionAssert.AreEquivalent(new[] { ActivityTables.StateCode }, step.FilteringAttributes.ToArray(), step.PrimaryEntity);
            Assert.Contains(ActivityTables.RegardingObjectId, step.PostImages[ContactAttemptReader.PostImageAlias]);
        }
    }

    [TestMethod]
    public void DisqualificationGate_RunsInPreValidationOnStateAndOverride()
    {
        var step = StepsOf(typeof(LeadDisqualificationGate)).Single();

        Assert.AreEqual(10, step.Stage, "the only stage that sees the whole request once");
        CollectionAssert.AreEquivalent(new[] { LeadSchema.StateCode, LeadSchema.DisqualifyOverrideReason }, step.FilteringAttributes.ToArray());
        CollectionAssert.IsSubsetOf(new[] { LeadSchema.StateCode, LeadSchema.CurrentHandoverId }, step.PreImages[LeadDisqualificationReader.PreImageAlias].ToArray());
    }

    [TestMethod]
    public void DisqualificationRecord_RunsAfterTheStateChangeWithTheReasonItKeeps()
    {
        var step = StepsOf(typeof(LeadDisqualificationRecorded)).Single();

        Assert.AreEqual(40, step.Stage);
        CollectionAssert.AreEquivalent(new[] { LeadSchema.StateCode }, step.FilteringAttributes.ToArray());
        Assert.Contains(LeadSchema.StateCode, step.PreImages[LeadDisqualificationReader.PreImageAlias]);
        CollectionAssert.IsSubsetOf(
            new[] { LeadSchema.DisqualifyOverrideReason, LeadSchema.CurrentHandoverId },
            step.PostImages[LeadDisqualificationReader.PostImageAlias].ToArray());
    }

    [TestMethod]
    [DataRow(AcknowledgeHandoverApi.UniqueName, typeof(AcknowledgeHandover))]
    [DataRow(RejectHandoverApi.UniqueName, typeof(RejectHandover))]
    public void CustomApi_IsImplementedByItsPlugin(string uniqueName, Type pluginType)
    {
        var api = XDocument.Load(Path.Combine(RepositoryPaths.SolutionSource, "customapis", uniqueName, "customapi.xml")).Root!;
        var typeId = (string?)api.Element("plugintypeid")?.Element("plugintypeexportkey");
        var assembly = Directory.GetFiles(Path.Combine(RepositoryPaths.SolutionSource, "PluginAssemblies"), "*.dll.data.xml", SearchOption.AllDirectories).Single();

        var registered = XDocument.Load(assembly).Descendants("PluginType").Single(t => (string?)t.Attribute("PluginTypeId") == typeId);

        Assert.AreEqual(pluginType.FullName, (string?)registered.Attribute("Name"));
    }

    private static SolutionStepDefinition[] StepsOf(Type pluginType) =>
        SolutionStepDefinition.ReadAll().Where(step => step.PluginTypeName == pluginType.FullName).ToArray();
}
