using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.PluginRegistration;

/// <summary>
/// Plug-in steps name a type of the solution's assembly, a real message, table, stage and mode; Update steps
/// filter on the columns they care about; images appear only where the platform provides them (no post image
/// before the main operation, no pre image on Create).
/// Step columns: https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstep
/// Images: https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#entity-images
/// </summary>
[TestClass]
public sealed class StepTests
{
    private static readonly string[] SalesReadyTriggers = [LeadSchema.SalesReady, LeadSchema.LeadSourceId, LeadSchema.QualificationBypassReason];

    private static IReadOnlyDictionary<Guid, string> PluginTypes =>
        SolutionModel.PluginTypes.ToDictionary(t => Guid.Parse((string)t.Attribute("PluginTypeId")!), t => (string)t.Attribute("AssemblyQualifiedName")!);

    private static IReadOnlyList<XElement> Steps => SolutionModel.StepFiles.Select(f => SolutionFiles.Xml(f).Root!).ToList();

    [TestMethod]
    public void EveryStep_IsAcceptedByThePlatformRules()
    {
        var problems = Steps.SelectMany(s => StepRules.Problems(s, PluginTypes, KnownColumns)).ToList();

        Assert.HasCount(13, Steps);
        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryStep_FileNameIsItsId()
    {
        var problems = SolutionModel.StepFiles
            .Where(f => f != $"SdkMessageProcessingSteps/{(string?)SolutionFiles.Xml(f).Root!.Attribute("SdkMessageProcessingStepId")}.xml")
            .ToList();

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void StepRules_PostImageBeforeTheMainOperation_IsReported()
    {
        var step = new StepXmlBuilder().OnUpdate("lh_salesready").AtStage(20).WithImage(1, "Target", "lh_salesready").Build();

        var problems = StepRules.Problems(step, StepXmlBuilder.PluginTypes, KnownColumns);

        Assert.HasCount(1, problems);
        StringAssert.Contains(problems[0], "no post image");
    }

    [TestMethod]
    public void StepRules_UpdateWithoutFilteringAttributes_IsReported()
    {
        var step = new StepXmlBuilder().OnUpdate(string.Empty).Build();

        var problems = StepRules.Problems(step, StepXmlBuilder.PluginTypes, KnownColumns);

        Assert.HasCount(1, problems);
        StringAssert.Contains(problems[0], "without filtering attributes");
    }

    [TestMethod]
    public void StepRules_AsynchronousPreOperation_IsReported()
    {
        var step = new StepXmlBuilder().AtStage(20, stepMode: 1).Build();

        var problems = StepRules.Problems(step, StepXmlBuilder.PluginTypes, KnownColumns);

        Assert.HasCount(1, problems);
        StringAssert.Contains(problems[0], "asynchronous steps are post-operation only");
    }

    [TestMethod]
    public void StepRules_PreImageOnCreate_IsReported()
    {
        var step = new StepXmlBuilder().WithImage(0, "Id", "lh_salesready").Build();

        var problems = StepRules.Problems(step, StepXmlBuilder.PluginTypes, KnownColumns);

        Assert.HasCount(1, problems);
        StringAssert.Contains(problems[0], "a Create has no pre image");
    }

    [TestMethod]
    public void StepRules_ValidStep_HasNoProblem()
    {
        var step = new StepXmlBuilder().OnUpdate("lh_salesready,firstname").AtStage(40).WithImage(2, "Target", "lh_salesready").Build();

        Assert.IsEmpty(StepRules.Problems(step, StepXmlBuilder.PluginTypes, KnownColumns));
    }

    [TestMethod]
    [DataRow("LeadIntakeValidation", "Create", 10)]
    [DataRow("LeadIntakeStamping", "Create", 20)]
    [DataRow("LeadSalesReadyValidation", "Update", 10)]
    [DataRow("LeadSalesReadyStamping", "Update", 20)]
    [DataRow("LeadSourceChanged", "Update", 40)]
    public void Step_IsRegisteredOnTheContractMessageAndStage(string type, string message, int stage)
    {
        var step = StepOf(type);

        Assert.AreEqual(message, StepRules.Messages[Guid.Parse((string)step.Element("SdkMessageId")!)]);
        Assert.AreEqual(stage, (int)step.Element("Stage")!);
        Assert.AreEqual("lead", (string?)step.Element("PrimaryEntity"));
        Assert.AreEqual(0, (int)step.Element("Mode")!, "synchronous");
        Assert.AreEqual(1, (int)step.Element("Rank")!);
    }

    [TestMethod]
    public void SalesReadyValidation_FiltersOnReadinessSourceAndBypass()
    {
        CollectionAssert.AreEquivalent(SalesReadyTriggers, Filtering(StepOf("LeadSalesReadyValidation")).ToList());
    }

    [TestMethod]
    public void SalesReadyStamping_FiltersOnReadinessSourceBypassAndEveryQualificationColumn()
    {
        CollectionAssert.AreEquivalent(SalesReadyTriggers.Concat(LeadSchema.QualificationColumns).ToList(), Filtering(StepOf("LeadSalesReadyStamping")).ToList());
    }

    [TestMethod]
    [DataRow("LeadSalesReadyValidation")]
    [DataRow("LeadSalesReadyStamping")]
    public void SalesReadyStep_PreImageCarriesEveryQualificationColumn(string type)
    {
        var image = PreImage(StepOf(type));

        CollectionAssert.IsSubsetOf(LeadSchema.QualificationColumns.ToList(), StepRules.List((string?)image.Element("Attributes")).ToList());
    }

    [TestMethod]
    public void SourceChanged_FiltersOnTheSourceAndKeepsThePreviousOne()
    {
        var step = StepOf("LeadSourceChanged");

        CollectionAssert.AreEqual(new[] { LeadSchema.LeadSourceId }, Filtering(step).ToList());
        CollectionAssert.AreEqual(new[] { LeadSchema.LeadSourceId }, StepRules.List((string?)PreImage(step).Element("Attributes")).ToList());
    }

    [TestMethod]
    [DataRow("LeadIntakeValidation")]
    [DataRow("LeadIntakeStamping")]
    public void CreateStep_HasNoImage(string type)
    {
        Assert.IsFalse(StepOf(type).Descendants("SdkMessageProcessingStepImage").Any());
    }

    private static XElement StepOf(string shortTypeName) =>
        Steps.Single(s => ((string)s.Element("PluginTypeName")!).StartsWith($"Dataverse.LeadHandover.Plugins.Intake.{shortTypeName},", StringComparison.Ordinal));

    private static XElement PreImage(XElement step) =>
        step.Descendants("SdkMessageProcessingStepImage").Single(i => (string?)i.Element("EntityAlias") == "PreImage" && (string?)i.Element("ImageType") == "0");

    private static IReadOnlyList<string> Filtering(XElement step) => StepRules.List((string?)step.Element("FilteringAttributes"));

    private static IReadOnlySet<string>? KnownColumns(string table) =>
        SolutionModel.Tables.ContainsKey(table) ? SolutionModel.KnownColumns(table)
        : ContactAttemptTables.Contains(table) ? ActivityColumns
        : null;

    /// <summary>
    /// Out-of-the-box activity tables the follow-up steps watch; the solution doesn't carry them, so only the platform
    /// columns those steps name are known (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activitypointer).
    /// </summary>
    private static readonly string[] ContactAttemptTables = ["phonecall", "email", "appointment", "task"];

    private static readonly IReadOnlySet<string> ActivityColumns = new HashSet<string>(StringComparer.Ordinal) { "statecode", "statuscode", "regardingobjectid", "actualend" };
}
