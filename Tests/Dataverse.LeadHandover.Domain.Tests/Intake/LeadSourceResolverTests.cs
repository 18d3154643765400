using System;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Intake;

[TestClass]
public sealed class LeadSourceResolverTests
{
    private static readonly Guid SpringWebinar = LeadFactsBuilder.SpringWebinarCampaignId;
    private static readonly Guid AutumnExpo = new("00000000-0000-0000-0000-00000000ca02");

    [TestMethod]
    public void Resolve_ExplicitActiveSource_IsAccepted()
    {
        // Arrange
        var partner = LeadSourceEntryBuilder.Source("Partner referral", 1).ForLeadSourceCode(4).Build();
        var lead = new LeadFacts { LeadSourceId = partner.Id, OriginatingCampaignId = SpringWebinar };
        var webinar = LeadSourceEntryBuilder.Source("Spring webinar", 2).ForCampaign(SpringWebinar).Build();

        // Act
        var result = LeadSourceResolver.Resolve(lead, new[] { webinar, partner });

        // Assert
        Assert.AreEqual(LeadSourceOutcome.Accepted, result.Outcome);
        Assert.AreSame(partner, result.Source);
        Assert.IsNull(result.InferredFrom);
        Assert.AreEqual(4, result.LeadSourceCodeToWrite);
    }

    [TestMethod]
    public void Resolve_ExplicitInactiveSource_IsRefusedNamingIt()
    {
        // Arrange
        var retired = LeadSourceEntryBuilder.Source("Print ad 2023", 1).Inactive().Build();
        var lead = new LeadFacts { LeadSourceId = retired.Id };

        // Act
        var result = LeadSourceResolver.Resolve(lead, new[] { retired });

        // Assert
        Assert.AreEqual(LeadSourceOutcome.Refused, result.Outcome);
        Assert.IsNull(result.Source);
        Assert.AreEqual("The chosen Lead source 'Print ad 2023' is inactive. Choose an active Lead source.", result.RefusalReason);
    }

    [TestMethod]
    public void Resolve_ExplicitSourceNotInCatalogue_IsRefused()
    {
        // Arrange
        var lead = new LeadFacts { LeadSourceId = new Guid("00000000-0000-0000-0000-00000000dead") };

        // Act
        var result = LeadSourceResolver.Resolve(lead, new[] { LeadSourceEntryBuilder.Source("Web", 1).Build() });

        // Assert
        Assert.AreEqual(LeadSourceOutcome.Refused, result.Outcome);
        Assert.AreEqual("The chosen Lead source is not in the lead source catalogue (it may have been deleted). Choose another Lead source.", result.RefusalReason);
    }

    [TestMethod]
    public void Resolve_OriginatingCampaign_WinsOverUtmAndLeadSourceCode()
    {
        // Arrange
        var webinar = LeadSourceEntryBuilder.Source("Spring webinar", 1).ForCampaign(SpringWebinar).Build();
        var google = LeadSourceEntryBuilder.Source("Google Ads", 2).ForUtm("google").Build();
        var web = LeadSourceEntryBuilder.Source("Website", 3).ForLeadSourceCode(8).Build();
        var lead = new LeadFacts { OriginatingCampaignId = SpringWebinar, OriginatingCampaignName = "Spring webinar 2025", UtmSource = "google", LeadSourceCode = 8 };

        // Act
        var result = LeadSourceResolver.Resolve(lead, new[] { google, web, webinar });

        // Assert
        Assert.AreEqual(LeadSourceOutcome.Inferred, result.Outcome);
        Assert.AreSame(webinar, result.Source);
        Assert.AreEqual("campaign 'Spring webinar 2025'", result.InferredFrom);
    }

    [TestMethod]
    public void Resolve_CampaignWithoutName_DescribesItById()
    {
        // Arrange
        var webinar = LeadSourceEntryBuilder.Source("Spring webinar", 1).ForCampaign(SpringWebinar).Build();

        // Act
        var result = LeadSourceResolver.Resolve(new LeadFacts { OriginatingCampaignId = SpringWebinar }, new[] { webinar });

        // Assert
        Assert.AreEqual("campaign '00000000-0000-0000-0000-00000000ca01'", result.InferredFrom);
    }

    [TestMethod]
    public void Resolve_UtmPairAndSourceOnlyBothMatch_ExactPairWins()
    {
        // Arrange
        var googleAny = LeadSourceEntryBuilder.Source("Google (any campaign)", 1).ForUtm("google").Build();
        var googleSpring = LeadSourceEntryBuilder.Source("Google spring search", 2).ForUtm("google", "spring").Build();
        var lead = new LeadFacts { UtmSource = "Google", UtmCampaign = "SPRING" };

        // Act
        var result = LeadSourceResolver.Resolve(lead, new[] { googleAny, googleSpring });

        // Assert
        Assert.AreEqual(LeadSourceOutcome.Inferred, result.Outcome);
        Assert.AreSame(googleSpring, result.Source);
        Assert.AreEqual("UTM source 'Google'/campaign 'SPRING'", result.InferredFrom);
    }

    [TestMethod]
    public void Resolve_UtmCampaignWithNoPairMapping_FallsBackToSourceOnlyMapping()
    {
        // Arrange
        var googleAny = LeadSourceEntryBuilder.Source("Google (any campaign)", 1).ForUtm(" GOOGLE ").Build();
        var googleSpring = LeadSourceEntryBuilder.Source("Google spring search", 2).ForUtm("google", "spring").Build();
        var lead = new LeadFacts { UtmSource = "google", UtmCampaign = "autumn" };

        // Act
        var result = LeadSourceResolver.Resolve(lead, new[] { googleSpring, googleAny });

        // Assert
        Assert.AreSame(googleAny, result.Source);
        Assert.AreEqual("UTM source 'google'", result.InferredFrom);
    }

    [TestMethod]
    public void Resolve_LeadWithUtmSourceOnly_DoesNotMatchPairMappings()
    {
        // Arrange
        var googleSpring = LeadSourceEntryBuilder.Source("Google spring search", 1).ForUtm("google", "spring").Build();

        // Act
        var result = LeadSourceResolver.Resolve(new LeadFacts { UtmSource = "google" }, new[] { googleSpring });

        // Assert
        Assert.AreEqual(LeadSourceOutcome.Refused, result.Outcome);
        Assert.AreEqual(LeadSourceResolver.NothingToInferReason, result.RefusalReason);
    }

    [TestMethod]
    public void Resolve_OnlyLeadSourceCode_InfersWithTheCodesLabel()
    {
        // Arrange
        var website = LeadSourceEntryBuilder.Source("Website", 1).ForLeadSourceCode(8).Build();
        var show = LeadSourceEntryBuilder.Source("Trade shows", 2).ForLeadSourceCode(7).Build();

        // Act
        var result = LeadSourceResolver.Resolve(new LeadFacts { LeadSourceCode = 8 }, new[] { show, website });

        // Assert
        Assert.AreEqual(LeadSourceOutcome.Inferred, result.Outcome);
        Assert.AreSame(website, result.Source);
        Assert.AreEqual("lead source code 'Web'", result.InferredFrom);
    }

    [TestMethod]
    public void Resolve_TwoSourcesMapTheSameUtmSource_IsRefusedNamingBoth()
    {
        // Arrange
        var a = LeadSourceEntryBuilder.Source("Google Ads", 1).ForUtm("google").Build();
        var b = LeadSourceEntryBuilder.Source("Google organic", 2).ForUtm("Google").Build();

        // Act
        var result = LeadSourceResolver.Resolve(new LeadFacts { UtmSource = "google" }, new[] { a, b });

        // Assert
        Assert.AreEqual(LeadSourceOutcome.Refused, result.Outcome);
        Assert.AreEqual(
            "The lead source is ambiguous: sources 'Google Ads' and 'Google organic' both map to UTM source 'google'. Choose a Lead source.",
            result.RefusalReason);
    }

    [TestMethod]
    public void Resolve_ThreeSourcesMapTheSameCampaign_IsRefusedNamingAll()
    {
        // Arrange
        var catalogue = new[]
        {
            LeadSourceEntryBuilder.Source("Expo stand", 1).ForCampaign(AutumnExpo).Build(),
            LeadSourceEntryBuilder.Source("Expo talk", 2).ForCampaign(AutumnExpo).Build(),
            LeadSourceEntryBuilder.Source("Expo dinner", 3).ForCampaign(AutumnExpo).Build(),
        };

        // Act
        var result = LeadSourceResolver.Resolve(new LeadFacts { OriginatingCampaignId = AutumnExpo, OriginatingCampaignName = "Autumn expo" }, catalogue);

        // Assert
        Assert.AreEqual(
            "The lead source is ambiguous: sources 'Expo stand', 'Expo talk' and 'Expo dinner' all map to campaign 'Autumn expo'. Choose a Lead source.",
            result.RefusalReason);
    }

    [TestMethod]
    public void Resolve_InactiveEntriesAtALevel_AreIgnoredAndTheNextLevelDecides()
    {
        // Arrange
        var retiredWebinar = LeadSourceEntryBuilder.Source("Old webinar", 1).ForCampaign(SpringWebinar).Inactive().Build();
        var retiredGoogle = LeadSourceEntryBuilder.Source("Old Google", 2).ForUtm("google").Inactive().Build();
        var google = LeadSourceEntryBuilder.Source("Google Ads", 3).ForUtm("google").Build();
        var lead = new LeadFacts { OriginatingCampaignId = SpringWebinar, UtmSource = "google" };

        // Act
        var result = LeadSourceResolver.Resolve(lead, new[] { retiredWebinar, retiredGoogle, google });

        // Assert
        Assert.AreEqual(LeadSourceOutcome.Inferred, result.Outcome);
        Assert.AreSame(google, result.Source);
    }

    [TestMethod]
    public void Resolve_NoSourceAndNoClues_IsRefusedSayingWhatToDo()
    {
        // Act
        var result = LeadSourceResolver.Resolve(new LeadFacts(), new[] { LeadSourceEntryBuilder.Source("Website", 1).ForLeadSourceCode(8).Build() });

        // Assert
        Assert.AreEqual(LeadSourceOutcome.Refused, result.Outcome);
        Assert.AreEqual(
            "No lead source could be found for this lead. Choose a Lead source, or set an originating campaign / UTM code that a source in the catalogue maps.",
            result.RefusalReason);
    }

    [TestMethod]
    public void Resolve_EmptyCatalogue_IsRefused()
    {
        // Act
        var result = LeadSourceResolver.Resolve(new LeadFacts { UtmSource = "google", LeadSourceCode = 8 }, Array.Empty<LeadSourceEntry>());

        // Assert
        Assert.IsFalse(result.IsResolved);
    }

    [TestMethod]
    [DataRow(8, false)]
    [DataRow(1, true)]
    [DataRow(null, true)]
    public void RequiresLeadSourceCodeUpdate_SourceWithMapping_ComparesWithTheLeadsCurrentCode(int? current, bool expected)
    {
        // Arrange
        var website = LeadSourceEntryBuilder.Source("Website", 1).ForLeadSourceCode(8).Build();
        var result = LeadSourceResolver.Resolve(new LeadFacts { LeadSourceId = website.Id }, new[] { website });

        // Act
        var requires = result.RequiresLeadSourceCodeUpdate(current);

        // Assert
        Assert.AreEqual(expected, requires);
    }

    [TestMethod]
    public void LeadSourceCodeToWrite_SourceWithoutMapping_IsNullSoTheColumnIsLeftAlone()
    {
        // Arrange
        var events = LeadSourceEntryBuilder.Source("Events", 1).Build();

        // Act
        var result = LeadSourceResolver.Resolve(new LeadFacts { LeadSourceId = events.Id, LeadSourceCode = 6 }, new[] { events });

        // Assert
        Assert.IsNull(result.LeadSourceCodeToWrite);
        Assert.IsFalse(result.RequiresLeadSourceCodeUpdate(6));
    }

    [TestMethod]
    public void Resolve_OneSourceListingSeveralMatchingCodes_IsInferredNotAmbiguous()
    {
        // Arrange: the catalogue row lists "google, google/spring"; the mapper turns it into one entry per code.
        var google = LeadSourceEntryBuilder.Source("Google Ads", 2).ForUtm("google").Build();
        var googleSpring = google with { UtmCampaign = "spring" };
        var lead = new LeadFacts { UtmSource = "google" };

        // Act
        var result = LeadSourceResolver.Resolve(lead, new[] { google, googleSpring, google with { UtmSource = "GOOGLE" } });

        // Assert
        Assert.AreEqual(LeadSourceOutcome.Inferred, result.Outcome);
        Assert.AreEqual(google.Id, result.Source!.Id);
    }
}
