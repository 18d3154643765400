using Dataverse.LeadHandover.Domain.Qualification;
using Dataverse.LeadHandover.Domain.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Qualification;

[TestClass]
public sealed class SalesReadyRefusalMessageTests
{
    private const string AmbiguousSource =
        "The lead source is ambiguous: sources 'Google Ads' and 'Google organic' both map to UTM source 'google'. Choose a Lead source.";

    [TestMethod]
    public void Compose_SourceRefusedAndItemsMissing_NamesEveryProblemInOneParagraph()
    {
        // Arrange
        var lead = LeadFactsBuilder.Complete().Rated(1).Without(QualificationItem.ContactJobTitle).Without(QualificationItem.Authority).Build();
        var result = QualificationGate.Evaluate(lead, HandoverPolicy.Default);

        // Act
        var message = SalesReadyRefusalMessage.Compose(AmbiguousSource, result);

        // Assert
        Assert.AreEqual(
            "This lead can't be marked Sales ready yet. Lead source: " + AmbiguousSource
            + " For a Hot lead, fill in these 2 items: Job title; Authority (decision maker, or how the purchase is decided). Then save again.",
            message);
    }

    [TestMethod]
    public void Compose_OnlySourceRefused_NamesTheSourceProblem()
    {
        // Arrange
        var result = QualificationGate.Evaluate(LeadFactsBuilder.Complete().Build(), HandoverPolicy.Default);

        // Act
        var message = SalesReadyRefusalMessage.Compose("No lead source could be found\nfor this lead", result);

        // Assert
        Assert.AreEqual("This lead can't be marked Sales ready yet. Lead source: No lead source could be found for this lead. Then save again.", message);
    }

    [TestMethod]
    public void Compose_NothingToRefuse_ReturnsNull()
    {
        // Arrange
        var result = QualificationGate.Evaluate(LeadFactsBuilder.Complete().Build(), HandoverPolicy.Default);

        // Act
        var message = SalesReadyRefusalMessage.Compose(null, result);

        // Assert
        Assert.IsNull(message);
        Assert.IsNull(SalesReadyRefusalMessage.Compose("   ", null));
    }

    [TestMethod]
    public void Compose_TierNameStartingWithAVowel_UsesAn()
    {
        // Arrange
        var policy = HandoverPolicy.Parse(new HandoverPolicyJsonBuilder().Tier("Enterprise", isDefault: true, requires: "budget").Build());
        var result = QualificationGate.Evaluate(LeadFactsBuilder.Complete().Without(QualificationItem.Budget).Build(), policy);

        // Act
        var message = SalesReadyRefusalMessage.Compose(null, result);

        // Assert
        Assert.AreEqual("This lead can't be marked Sales ready yet. For an Enterprise lead, fill in this item: Budget (amount or budget status). Then save again.", message);
    }
}
