using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Intake;

[TestClass]
public sealed class HandoverBriefComposerTests
{
    [TestMethod]
    public void Compose_CompleteLead_WritesEveryHeadingOnItsOwnLineWithLabels()
    {
        // Arrange
        var lead = LeadFactsBuilder.Complete().Build();

        // Act
        var brief = HandoverBriefComposer.Compose(lead, "Spring webinar", "Hot");

        // Assert
        Assert.AreEqual(
            "Tier: Hot\n"
            + "Contact: Avery Quinn; job title Head of Procurement; email avery.quinn@contoso.example; business phone +44 20 7946 0000; mobile phone +44 7700 900123\n"
            + "Company: Contoso Ltd; industry Consulting; employees 250\n"
            + "Need: Must have; summary Replace the spreadsheet-based order process\n"
            + "Timescale: This Quarter\n"
            + "Budget: amount 50,000; status Can Buy\n"
            + "Authority: decision maker yes; purchase process Committee\n"
            + "Next steps: Demo with the procurement team next Tuesday\n"
            + "Content that resonated: Whitepaper: Ordering without spreadsheets\n"
            + "Source: Spring webinar",
            brief);
    }

    [TestMethod]
    public void Compose_EmptyLead_SaysNotCapturedUnderEveryHeading()
    {
        // Act
        var brief = HandoverBriefComposer.Compose(LeadFactsBuilder.Empty().Build(), null, null);

        // Assert
        Assert.AreEqual(
            "Tier: not captured\nContact: not captured\nCompany: not captured\nNeed: not captured\nTimescale: not captured\n"
            + "Budget: not captured\nAuthority: not captured\nNext steps: not captured\nContent that resonated: not captured\nSource: not captured",
            brief);
    }

    [TestMethod]
    public void Compose_PartlyCapturedLead_MarksEachMissingPart()
    {
        // Arrange
        var lead = new LeadFacts
        {
            Email = "buyer@fabrikam.example",
            NumberOfEmployees = 12000,
            NeedSummary = "Faster quotes",
            BudgetStatus = 0,
            DecisionMaker = false,
        };

        // Act
        var brief = HandoverBriefComposer.Compose(lead, "Website", "Cold");

        // Assert
        StringAssert.Contains(brief, "Contact: name not captured; job title not captured; email buyer@fabrikam.example; business phone not captured; mobile phone not captured\n");
        StringAssert.Contains(brief, "Company: name not captured; industry not captured; employees 12,000\n");
        StringAssert.Contains(brief, "Need: level not captured; summary Faster quotes\n");
        StringAssert.Contains(brief, "Budget: amount not captured; status No Committed Budget\n");
        StringAssert.Contains(brief, "Authority: decision maker no; purchase process not captured\n");
    }

    [TestMethod]
    public void Compose_OptionWithoutOutOfTheBoxLabel_ShowsTheRawOptionValue()
    {
        // Arrange
        var lead = LeadFactsBuilder.Complete().With(l => l with { IndustryCode = 100000001 }).Build();

        // Act
        var brief = HandoverBriefComposer.Compose(lead, "Website", "Hot");

        // Assert
        StringAssert.Contains(brief, "industry option 100000001;");
    }

    [TestMethod]
    public void Compose_MultiLineValue_StaysOnItsHeadingsLine()
    {
        // Arrange
        var lead = LeadFactsBuilder.Complete().With(l => l with { AgreedNextSteps = "Demo on Tuesday\r\n\r\n  then a proposal" }).Build();

        // Act
        var brief = HandoverBriefComposer.Compose(lead, "Website", "Hot");

        // Assert
        StringAssert.Contains(brief, "\nNext steps: Demo on Tuesday then a proposal\n");
        Assert.HasCount(10, brief.Split('\n'));
    }

    [TestMethod]
    public void Compose_VeryLongContent_IsCutToTheColumnSizeAndMarked()
    {
        // Arrange
        var lead = LeadFactsBuilder.Complete().With(l => l with { EngagedContent = new string('x', 6000) }).Build();

        // Act
        var brief = HandoverBriefComposer.Compose(lead, "Website", "Hot");

        // Assert
        Assert.HasCount(HandoverBriefComposer.MaxLength, brief);
        StringAssert.EndsWith(brief, HandoverBriefComposer.TruncationMarker);
        StringAssert.StartsWith(brief, "Tier: Hot\n");
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("x")]
    public void Compose_CutFallingInsideASurrogatePair_KeepsWholeCharactersOnly(string shift)
    {
        // Arrange: emoji are two UTF-16 units; one of the two shifts puts the cut mid-pair.
        var emoji = string.Concat(System.Linq.Enumerable.Repeat("\U0001F600", 3000));
        var lead = LeadFactsBuilder.Complete().With(l => l with { EngagedContent = shift + emoji }).Build();

        // Act
        var brief = HandoverBriefComposer.Compose(lead, "Website", "Hot");

        // Assert
        var kept = brief.Substring(0, brief.Length - HandoverBriefComposer.TruncationMarker.Length);
        Assert.IsLessThanOrEqualTo(HandoverBriefComposer.MaxLength, brief.Length);
        Assert.IsFalse(char.IsHighSurrogate(kept[kept.Length - 1]), "The brief ends with half a character.");
    }

    [TestMethod]
    public void Compose_BriefExactlyAtTheLimit_IsNotMarkedAsCut()
    {
        // Arrange
        var shortBrief = HandoverBriefComposer.Compose(LeadFactsBuilder.Complete().With(l => l with { EngagedContent = "x" }).Build(), "Website", "Hot");
        var padding = new string('x', HandoverBriefComposer.MaxLength - shortBrief.Length + 1);
        var lead = LeadFactsBuilder.Complete().With(l => l with { EngagedContent = padding }).Build();

        // Act
        var brief = HandoverBriefComposer.Compose(lead, "Website", "Hot");

        // Assert
        Assert.HasCount(HandoverBriefComposer.MaxLength, brief);
        Assert.DoesNotContain(HandoverBriefComposer.TruncationMarker, brief);
    }
}
