using System;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Qualification;
using Dataverse.LeadHandover.Domain.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests;

/// <summary>
/// The plug-in validates and stamps every lead saved, with a budget of 4 KB allocated per lead.
/// Allocation is counted on the test's own thread, so the measure does not depend on other tests
/// or on machine speed (timing is left to the benchmark).
/// </summary>
[TestClass]
public sealed class PerLeadBudgetTests
{
    private const long BytesPerLeadBudget = 4 * 1024;
    private const int Leads = 200;

    private static readonly LeadSourceEntry[] Catalogue =
    {
        LeadSourceEntryBuilder.Source("Spring webinar", 1).ForCampaign(LeadFactsBuilder.SpringWebinarCampaignId).Build(),
        LeadSourceEntryBuilder.Source("Google Ads", 2).ForUtm("google").ForLeadSourceCode(1).Build(),
        LeadSourceEntryBuilder.Source("Google spring search", 3).ForUtm("google", "spring").ForLeadSourceCode(1).Build(),
        LeadSourceEntryBuilder.Source("Website", 4).ForLeadSourceCode(8).Build(),
        LeadSourceEntryBuilder.Source("Trade shows", 5).ForLeadSourceCode(7).Build(),
    };

    [TestMethod]
    public void ValidateAndStamp_SalesReadyLeadWithUntidyText_StaysWithinTheAllocationBudget()
    {
        // Arrange
        var lead = LeadFactsBuilder.Complete()
            .With(l => l with { Email = " Avery.Quinn@Contoso.EXAMPLE", CompanyName = "Contoso  Ltd", UtmSource = "Google", UtmCampaign = "spring" })
            .Build();
        ValidateAndStamp(lead);

        // Act
        var bytesPerLead = MeasureBytesPerLead(lead);

        // Assert
        Assert.IsLessThanOrEqualTo(BytesPerLeadBudget, bytesPerLead, "Allocated " + bytesPerLead + " bytes per lead.");
    }

    [TestMethod]
    public void ValidateAndStamp_RefusedLead_StaysWithinTheAllocationBudget()
    {
        // Arrange
        var lead = LeadFactsBuilder.Complete()
            .Without(QualificationItem.ContactJobTitle)
            .Without(QualificationItem.Budget)
            .Without(QualificationItem.NextSteps)
            .With(l => l with { UtmSource = "google" })
            .Build();
        ValidateAndStamp(lead);

        // Act
        var bytesPerLead = MeasureBytesPerLead(lead);

        // Assert
        Assert.IsLessThanOrEqualTo(BytesPerLeadBudget, bytesPerLead, "Allocated " + bytesPerLead + " bytes per lead.");
    }

    private static long MeasureBytesPerLead(LeadFacts lead)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Leads; i++)
        {
            ValidateAndStamp(lead);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Leads;
    }

    // What the plug-in does per lead: tidy, settle the source, gate, then write the brief or the refusal.
    private static string? ValidateAndStamp(LeadFacts lead)
    {
        var normalised = LeadNormaliser.Normalise(lead).Facts;
        var source = LeadSourceResolver.Resolve(normalised, Catalogue);
        var qualification = QualificationGate.Evaluate(normalised, HandoverPolicy.Default);
        var refusal = SalesReadyRefusalMessage.Compose(source.RefusalReason, qualification);
        return refusal ?? HandoverBriefComposer.Compose(normalised, source.Source?.Name, qualification.Tier.Name);
    }
}
