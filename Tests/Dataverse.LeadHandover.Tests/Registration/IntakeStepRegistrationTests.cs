using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.Intake;
using Dataverse.LeadHandover.Plugins.Mapping;
using Dataverse.LeadHandover.Plugins.Pipeline;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Tests.Registration;

/// <summary>
/// Holds Solution/ to what the code needs: an Update step fires for every column its rules read and for
/// nothing else, and its pre-image holds every column the rules read, so no Retrieve is ever needed
/// (https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/include-filtering-attributes-plugin-registration).
/// </summary>
[TestClass]
public sealed class IntakeStepRegistrationTests
{
    private static readonly string[] Flags = [LeadSchema.SalesReady, LeadSchema.LeadSourceId, LeadSchema.QualificationBypassReason];

    [TestMethod]
    public void SalesReadyValidationStep_FilteringAttributes_AreExactlyTheFlagsThatTriggerTheGate()
    {
        var step = SolutionStepDefinition.For(typeof(LeadSalesReadyValidation).FullName!);

        CollectionAssert.AreEquivalent(Flags, step.FilteringAttributes.ToArray());
        Assert.AreEqual(10, step.Stage);
    }

    [TestMethod]
    public void SalesReadyStampingStep_FilteringAttributes_AreEveryColumnTheRulesReadAndNothingElse()
    {
        var step = SolutionStepDefinition.For(typeof(LeadSalesReadyStamping).FullName!);

        CollectionAssert.AreEquivalent(LeadFactsMapper.Columns.Union(Flags).ToArray(), step.FilteringAttributes.ToArray());
        Assert.AreEqual(20, step.Stage);
    }

    [TestMethod]
    [DataRow(typeof(LeadSalesReadyValidation), DisplayName = "Validation")]
    [DataRow(typeof(LeadSalesReadyStamping), DisplayName = "Stamping")]
    public void UpdateStep_PreImage_HoldsEveryColumnTheRulesRead(System.Type pluginType)
    {
        var step = SolutionStepDefinition.For(pluginType.FullName!);

        var image = step.PreImages[LeadChangeReader.PreImageAlias];
        var missing = LeadFactsMapper.Columns.Where(column => !image.Contains(column)).ToList();
        Assert.IsEmpty(missing, "Missing from the pre-image: " + string.Join(", ", missing));
    }

    [TestMethod]
    public void SourceChangedStep_FiresOnlyForTheSourceWithItsPreviousValue()
    {
        var step = SolutionStepDefinition.For(typeof(LeadSourceChanged).FullName!);

        CollectionAssert.AreEquivalent(new[] { LeadSchema.LeadSourceId }, step.FilteringAttributes.ToArray());
        Assert.Contains(LeadSchema.LeadSourceId, step.PreImages[LeadChangeReader.PreImageAlias]);
        Assert.AreEqual(40, step.Stage);
    }

    [TestMethod]
    public void EveryUpdateStep_HasFilteringAttributes()
    {
        var updates = SolutionStepDefinition.ReadAll().Where(step => step.Message == "Update").ToList();

        Assert.IsNotEmpty(updates);
        Assert.IsEmpty(updates.Where(step => step.FilteringAttributes.Count == 0).Select(step => step.PluginTypeName).ToList());
    }

    [TestMethod]
    public void EveryRegisteredPluginType_ExistsAndUsesThePluginBase()
    {
        var assembly = typeof(PluginBase).Assembly;

        foreach (var step in SolutionStepDefinition.ReadAll().Where(s => s.PluginTypeName.StartsWith("Dataverse.LeadHandover.Plugins.", System.StringComparison.Ordinal)))
        {
            var type = assembly.GetType(step.PluginTypeName);
            Assert.IsNotNull(type, step.PluginTypeName + " is registered but does not exist.");
            Assert.IsTrue(typeof(PluginBase).IsAssignableFrom(type), step.PluginTypeName);
        }
    }
}
