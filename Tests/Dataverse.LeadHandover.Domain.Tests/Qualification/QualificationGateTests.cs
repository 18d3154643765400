using System.Linq;
using CsCheck;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Qualification;
using Dataverse.LeadHandover.Domain.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Qualification;

[TestClass]
public sealed class QualificationGateTests
{
    [TestMethod]
    [DataRow(1, "Hot")]
    [DataRow(2, "Warm")]
    [DataRow(3, "Cold")]
    [DataRow(null, "Cold")]
    public void Evaluate_CompleteLead_MeetsItsTier(int? rating, string expectedTier)
    {
        // Arrange
        var lead = LeadFactsBuilder.Complete().Rated(rating).Build();

        // Act
        var result = QualificationGate.Evaluate(lead, HandoverPolicy.Default);

        // Assert
        Assert.AreEqual(expectedTier, result.Tier.Name);
        Assert.IsTrue(result.MeetsTier);
        Assert.IsEmpty(result.Missing);
        Assert.AreEqual(100, result.CompletenessPercent);
        Assert.IsNull(QualificationGate.RefusalMessage(result));
    }

    [TestMethod]
    public void Evaluate_WarmLeadWithoutBudgetOrAuthority_MeetsWarmBecauseWarmDoesNotRequireThem()
    {
        // Arrange
        var lead = LeadFactsBuilder.Complete().Rated(2).Without(QualificationItem.Budget).Without(QualificationItem.Authority).Build();

        // Act
        var result = QualificationGate.Evaluate(lead, HandoverPolicy.Default);

        // Assert
        Assert.IsTrue(result.MeetsTier);
        Assert.AreEqual(83, result.CompletenessPercent);
    }

    [TestMethod]
    [DataRow(QualificationItem.ContactName, "Contact name (first and last)")]
    [DataRow(QualificationItem.ContactEmailOrPhone, "Email or phone")]
    [DataRow(QualificationItem.ContactJobTitle, "Job title")]
    [DataRow(QualificationItem.CompanyName, "Company name")]
    [DataRow(QualificationItem.CompanyIndustry, "Industry")]
    [DataRow(QualificationItem.CompanySize, "Company size (number of employees)")]
    [DataRow(QualificationItem.Need, "Need")]
    [DataRow(QualificationItem.Timeframe, "Purchase timeframe")]
    [DataRow(QualificationItem.Budget, "Budget (amount or budget status)")]
    [DataRow(QualificationItem.Authority, "Authority (decision maker, or how the purchase is decided)")]
    [DataRow(QualificationItem.NextSteps, "Agreed next steps")]
    [DataRow(QualificationItem.EngagedContent, "Content that resonated")]
    public void Evaluate_HotLeadMissingOneItem_ReportsExactlyThatItem(QualificationItem item, string displayName)
    {
        // Arrange
        var lead = LeadFactsBuilder.Complete().Rated(1).Without(item).Build();

        // Act
        var result = QualificationGate.Evaluate(lead, HandoverPolicy.Default);

        // Assert
        CollectionAssert.AreEqual(new[] { item }, result.Missing.ToArray());
        Assert.AreEqual(92, result.CompletenessPercent);
        Assert.AreEqual(
            "This lead can't be marked Sales ready yet. For a Hot lead, fill in this item: " + displayName + ". Then save again.",
            QualificationGate.RefusalMessage(result));
    }

    [TestMethod]
    public void RefusalMessage_SeveralItemsMissing_NamesEveryItemInOneParagraph()
    {
        // Arrange
        var lead = LeadFactsBuilder.Complete().Rated(1)
            .Without(QualificationItem.NextSteps)
            .Without(QualificationItem.ContactJobTitle)
            .Without(QualificationItem.Budget)
            .Build();

        // Act
        var message = QualificationGate.RefusalMessage(QualificationGate.Evaluate(lead, HandoverPolicy.Default));

        // Assert
        Assert.AreEqual(
            "This lead can't be marked Sales ready yet. For a Hot lead, fill in these 3 items: Job title; Budget (amount or budget status); Agreed next steps. Then save again.",
            message);
    }

    [TestMethod]
    public void RefusalMessage_LeadWithPersonalData_ContainsNoneOfItAndNoLineBreaks()
    {
        // Arrange
        var lead = LeadFactsBuilder.Complete().Rated(1)
            .Without(QualificationItem.Need)
            .Without(QualificationItem.Timeframe)
            .With(l => l with { JobTitle = null, CompanyName = "  " })
            .Build();

        // Act
        var message = QualificationGate.RefusalMessage(QualificationGate.Evaluate(lead, HandoverPolicy.Default))!;

        // Assert
        Assert.Contains("these 4 items: Job title; Company name; Need; Purchase timeframe.", message);
        foreach (var personal in new[] { lead.FirstName!, lead.LastName!, lead.Email!, lead.BusinessPhone!, lead.MobilePhone! })
        {
            Assert.DoesNotContain(personal, message);
        }

        Assert.AreEqual(-1, message.IndexOfAny(new[] { '\r', '\n', '\t' }));
    }

    [TestMethod]
    [DataRow(1, null, "Hot")]
    [DataRow(2, null, "Warm")]
    [DataRow(null, 60, "Warm")]
    [DataRow(2, 49, "Warm")]
    [DataRow(3, 50, "Warm")]
    [DataRow(1, 95, "Strategic")]
    [DataRow(3, 10, "Nurture")]
    [DataRow(null, null, "Nurture")]
    public void Evaluate_RatingAndScore_PickTheFirstMatchingTierInOrder(int? rating, int? score, string expectedTier)
    {
        // Arrange
        var policy = HandoverPolicy.Parse(new HandoverPolicyJsonBuilder()
            .Tier("Strategic", minScore: 90)
            .Tier("Hot", leadQualityCodes: new[] { 1 })
            .Tier("Warm", leadQualityCodes: new[] { 2 }, minScore: 50)
            .Tier("Nurture", isDefault: true)
            .Build());
        var lead = LeadFactsBuilder.Complete().Rated(rating).Scored(score).Build();

        // Act
        var result = QualificationGate.Evaluate(lead, policy);

        // Assert
        Assert.AreEqual(expectedTier, result.Tier.Name);
    }

    [TestMethod]
    [DataRow(12, 100)]
    [DataRow(11, 92)]
    [DataRow(9, 75)]
    [DataRow(6, 50)]
    [DataRow(4, 33)]
    [DataRow(1, 8)]
    [DataRow(0, 0)]
    public void Evaluate_ItemsPresent_GivesShareOfAllTwelveAsWholePercent(int present, int expectedPercent)
    {
        // Arrange
        var builder = LeadFactsBuilder.Complete();
        foreach (var item in QualificationItemVocabulary.All.Skip(present))
        {
            builder.Without(item);
        }

        // Act
        var result = QualificationGate.Evaluate(builder.Build(), HandoverPolicy.Default);

        // Assert
        Assert.AreEqual(expectedPercent, result.CompletenessPercent);
    }

    [TestMethod]
    public void Evaluate_SameLeadUnderDifferentTiers_HasTheSameCompleteness()
    {
        // Arrange
        var hot = LeadFactsBuilder.Complete().Rated(1).Without(QualificationItem.Budget).Without(QualificationItem.NextSteps).Build();
        var cold = hot with { LeadQualityCode = 3 };

        // Act
        var hotResult = QualificationGate.Evaluate(hot, HandoverPolicy.Default);
        var coldResult = QualificationGate.Evaluate(cold, HandoverPolicy.Default);

        // Assert
        Assert.AreEqual(hotResult.CompletenessPercent, coldResult.CompletenessPercent);
        Assert.IsFalse(hotResult.MeetsTier);
        Assert.IsTrue(coldResult.MeetsTier);
    }

    [TestMethod]
    public void Evaluate_TimeframeUnknown_CountsAsNotCaptured()
    {
        // Arrange
        var lead = LeadFactsBuilder.Complete().With(l => l with { PurchaseTimeframe = LeadChoiceLabels.PurchaseTimeframeUnknown }).Build();

        // Act
        var result = QualificationGate.Evaluate(lead, HandoverPolicy.Default);

        // Assert
        CollectionAssert.AreEqual(new[] { QualificationItem.Timeframe }, result.Missing.ToArray());
    }

    [TestMethod]
    [DataRow("Avery", null, false)]
    [DataRow(null, "Quinn", false)]
    [DataRow("Avery", "  ", false)]
    [DataRow("Avery", "Quinn", true)]
    public void IsPresent_ContactName_NeedsFirstAndLastName(string? first, string? last, bool expected)
    {
        // Arrange
        var lead = new LeadFacts { FirstName = first, LastName = last };

        // Act
        var present = QualificationItemPresence.IsPresent(QualificationItem.ContactName, lead);

        // Assert
        Assert.AreEqual(expected, present);
    }

    [TestMethod]
    [DataRow(null, null, null, false)]
    [DataRow("a@contoso.example", null, null, true)]
    [DataRow(null, "+44 20 7946 0000", null, true)]
    [DataRow(null, null, "+44 7700 900123", true)]
    public void IsPresent_EmailOrPhone_AnyOneOfTheThreeCounts(string? email, string? businessPhone, string? mobilePhone, bool expected)
    {
        // Arrange
        var lead = new LeadFacts { Email = email, BusinessPhone = businessPhone, MobilePhone = mobilePhone };

        // Act
        var present = QualificationItemPresence.IsPresent(QualificationItem.ContactEmailOrPhone, lead);

        // Assert
        Assert.AreEqual(expected, present);
    }

    [TestMethod]
    public void IsPresent_NeedSummaryWithoutNeedChoice_CountsAsNeed() =>
        Assert.IsTrue(QualificationItemPresence.IsPresent(QualificationItem.Need, new LeadFacts { NeedSummary = "Faster quotes" }));

    [TestMethod]
    public void IsPresent_BudgetStatusWithoutAmount_CountsAsBudget() =>
        Assert.IsTrue(QualificationItemPresence.IsPresent(QualificationItem.Budget, new LeadFacts { BudgetStatus = 0 }));

    [TestMethod]
    public void IsPresent_DecisionMakerNoWithoutPurchaseProcess_IsNotAuthority() =>
        Assert.IsFalse(QualificationItemPresence.IsPresent(QualificationItem.Authority, new LeadFacts { DecisionMaker = false }));

    [TestMethod]
    [DataRow(0, true, DisplayName = "Individual")]
    [DataRow(1, true, DisplayName = "Committee")]
    [DataRow(2, false, DisplayName = "Unknown")]
    public void IsPresent_PurchaseProcessWithoutDecisionMaker_CountsOnlyWhenKnown(int purchaseProcess, bool expected) =>
        Assert.AreEqual(expected, QualificationItemPresence.IsPresent(QualificationItem.Authority, new LeadFacts { DecisionMaker = false, PurchaseProcess = purchaseProcess }));

    [TestMethod]
    public void Evaluate_AnyLead_NeverReportsAPresentItemAsMissingNorMissesARequiredAbsentOne()
    {
        // Arrange
        var text = Gen.OneOf<string?>(null, "", "  ", "x", " Contoso ");
        var number = Gen.Int[-1, 5].Select(n => n < 0 ? (int?)null : n);
        var flag = Gen.Int[0, 2].Select(n => n == 0 ? (bool?)null : n == 1);
        var leads = Gen.Select(
            Gen.Select(text, text, text, text, text, text, text),
            Gen.Select(number, number, number, number, number, flag, text),
            Gen.Select(text, text, number, number),
            (a, b, c) => new LeadFacts
            {
                FirstName = a.Item1,
                LastName = a.Item2,
                Email = a.Item3,
                BusinessPhone = a.Item4,
                MobilePhone = a.Item5,
                JobTitle = a.Item6,
                CompanyName = a.Item7,
                IndustryCode = b.Item1,
                NumberOfEmployees = b.Item2,
                Need = b.Item3,
                PurchaseTimeframe = b.Item4,
                BudgetStatus = b.Item5,
                DecisionMaker = b.Item6,
                NeedSummary = b.Item7,
                AgreedNextSteps = c.Item1,
                EngagedContent = c.Item2,
                LeadQualityCode = c.Item3,
                Score = c.Item4,
            });

        // Act / Assert
        leads.Sample(lead =>
        {
            var result = QualificationGate.Evaluate(lead, HandoverPolicy.Default);
            foreach (var item in QualificationItemVocabulary.All)
            {
                var required = result.Tier.Requires.Contains(item);
                var reported = result.Missing.Contains(item);
                if (reported != (required && !QualificationItemPresence.IsPresent(item, lead)))
                {
                    return false;
                }
            }

            return true;
        });
    }
}
