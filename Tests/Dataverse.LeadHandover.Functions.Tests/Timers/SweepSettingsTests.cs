using System.Linq;
using Dataverse.LeadHandover.Domain.Sla;
using Dataverse.LeadHandover.Functions.Sweep;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>The <c>lh_SweepSettings</c> environment variable as the sweep reads it.</summary>
[TestClass]
public sealed class SweepSettingsTests
{
    [TestMethod]
    public void Parse_SolutionsDefault_IsTheDefaultLadderWithFiveAttempts()
    {
        var settings = SweepSettings.Parse("{\"reminderAfterPercent\":50,\"escalateAfterPercent\":100,\"reassignAfterPercent\":200,\"maxNotificationAttempts\":5}");

        CollectionAssert.AreEqual(new[] { 50, 100, 200 }, settings.Ladder.Steps.Select(step => step.PercentOfSla).ToArray());
        CollectionAssert.AreEqual(
            new[] { EscalationAction.Remind, EscalationAction.EscalateToManager, EscalationAction.Reassign },
            settings.Ladder.Steps.Select(step => step.Action).ToArray());
        Assert.AreEqual(5, settings.MaxNotificationAttempts);
    }

    [TestMethod]
    [DataRow(null)]
    [DataRow("  ")]
    [DataRow("{}")]
    public void Parse_NothingSet_TakesEveryDefault(string? json)
    {
        var settings = SweepSettings.Parse(json);

        CollectionAssert.AreEqual(new[] { 50, 100, 200 }, settings.Ladder.Steps.Select(step => step.PercentOfSla).ToArray());
        Assert.AreEqual(SweepSettings.DefaultMaxNotificationAttempts, settings.MaxNotificationAttempts);
    }

    [TestMethod]
    public void Parse_SomeSet_KeepsTheRestAtTheirDefaults()
    {
        var settings = SweepSettings.Parse("{\"reminderAfterPercent\":25,\"maxNotificationAttempts\":8}");

        CollectionAssert.AreEqual(new[] { 25, 100, 200 }, settings.Ladder.Steps.Select(step => step.PercentOfSla).ToArray());
        Assert.AreEqual(8, settings.MaxNotificationAttempts);
    }

    [TestMethod]
    [DataRow("{\"reminderAfterPercent\":\"half\"}", "reminderAfterPercent")]
    [DataRow("{\"maxNotificationAttempts\":0}", "maxNotificationAttempts")]
    [DataRow("{\"escalateAfterPercent\":40}", "reminderAfterPercent < escalateAfterPercent")]
    [DataRow("[50,100,200]", "must be a JSON object")]
    [DataRow("{\"reminderAfterPercent\":", "is not valid JSON")]
    public void Parse_WrongValue_RefusesNamingTheVariableAndTheProblem(string json, string expected)
    {
        var thrown = Assert.ThrowsExactly<SweepSettingsException>(() => SweepSettings.Parse(json));

        StringAssert.Contains(thrown.Message, "lh_SweepSettings");
        StringAssert.Contains(thrown.Message, expected);
    }
}
