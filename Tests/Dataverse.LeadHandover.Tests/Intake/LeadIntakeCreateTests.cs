using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Qualification;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Tests.Builders;
using Dataverse.LeadHandover.Tests.Hosting;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Tests.Intake;

/// <summary>
/// Creating leads through the organization service with the solution's real steps registered
/// (LeadIntakeValidation in PreValidation, LeadIntakeStamping in PreOperation). A plug-in's
/// InvalidPluginExecutionException reaches the caller as fault 0x80040265 with its message
/// (https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions).
/// </summary>
[TestClass]
public sealed class LeadIntakeCreateTests
{
    [TestMethod]
    [DataRow(1, "Hot", LeadTier.Hot, DisplayName = "Hot")]
    [DataRow(2, "Warm", LeadTier.Warm, DisplayName = "Warm")]
    [DataRow(3, "Cold", LeadTier.Cold, DisplayName = "Cold")]
    public void CreateLead_QualifiedForItsTier_IsSavedWithTierBriefAndCompleteness(int rating, string tierName, int tierValue)
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");

        var id = host.Marketing.Create(LeadBuilder.QualifiedHot(web).Rated(rating).Build());

        var lead = host.System.Retrieve(LeadSchema.EntityName, id, new ColumnSet(true));
        Assert.AreEqual(tierValue, lead.GetAttributeValue<OptionSetValue>(LeadSchema.Tier).Value, tierName);
        Assert.AreEqual(100, lead.GetAttributeValue<int>(LeadSchema.Completeness));
        StringAssert.Contains(lead.GetAttributeValue<string>(LeadSchema.HandoverBrief), "Website");
        StringAssert.Contains(lead.GetAttributeValue<string>(LeadSchema.HandoverBrief), "Demo with the COO on Thursday");
        Assert.IsFalse(lead.GetAttributeValue<bool>(LeadSchema.SourceInferred));
    }

    [TestMethod]
    [DataRow(QualificationItem.ContactName, "Contact name")]
    [DataRow(QualificationItem.ContactEmailOrPhone, "Email or phone")]
    [DataRow(QualificationItem.ContactJobTitle, "Job title")]
    [DataRow(QualificationItem.CompanyName, "Company name")]
    [DataRow(QualificationItem.CompanyIndustry, "Industry")]
    [DataRow(QualificationItem.CompanySize, "Company size")]
    [DataRow(QualificationItem.Need, "Need")]
    [DataRow(QualificationItem.Timeframe, "Purchase timeframe")]
    [DataRow(QualificationItem.Budget, "Budget")]
    [DataRow(QualificationItem.Authority, "Authority")]
    [DataRow(QualificationItem.NextSteps, "Agreed next steps")]
    [DataRow(QualificationItem.EngagedContent, "Content that resonated")]
    public void CreateLead_SalesReadyHotMissingOneItem_IsRefusedNamingIt(QualificationItem item, string expectedName)
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");

        var message = PlatformFault.ExpectRefusal(() => host.Marketing.Create(LeadBuilder.QualifiedHot(web).Without(item).Build()));

        StringAssert.Contains(message, QualificationItemVocabulary.DisplayName(item));
        StringAssert.Contains(QualificationItemVocabulary.DisplayName(item), expectedName);
        Assert.AreEqual(0, CountLeads(host));
    }

    [TestMethod]
    public void CreateLead_SalesReadyMissingSeveralItemsAndSource_NamesEveryProblemInOneMessage()
    {
        var host = LeadHandoverHost.Create();
        var lead = LeadBuilder.QualifiedHot(Guid.Empty).WithoutSource()
            .Without(QualificationItem.ContactJobTitle)
            .Without(QualificationItem.Budget)
            .Without(QualificationItem.NextSteps)
            .Build();

        var message = PlatformFault.ExpectRefusal(() => host.Marketing.Create(lead));

        StringAssert.Contains(message, "Lead source");
        StringAssert.Contains(message, "Job title");
        StringAssert.Contains(message, "Budget");
        StringAssert.Contains(message, "Agreed next steps");
        Assert.IsFalse(message.Contains('\n', StringComparison.Ordinal), "One paragraph reads well in a form, a Web API error and an import log.");
        Assert.IsFalse(message.Contains("Silva", StringComparison.Ordinal), "No personal data in errors.");
    }

    [TestMethod]
    public void CreateLead_NotSalesReadyWithMissingItems_IsSavedWithWhatIsMissing()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");

        var id = host.Marketing.Create(LeadBuilder.Nurturing(web).Build());

        var lead = host.System.Retrieve(LeadSchema.EntityName, id, new ColumnSet(LeadSchema.Completeness, LeadSchema.MissingQualification));
        Assert.IsTrue(lead.GetAttributeValue<int>(LeadSchema.Completeness) < 50);
        StringAssert.Contains(lead.GetAttributeValue<string>(LeadSchema.MissingQualification), "Email or phone");
    }

    [TestMethod]
    public void CreateLead_InactiveSource_IsRefusedNamingTheSource()
    {
        var host = LeadHandoverHost.Create();
        var retired = host.AddSource("Trade show 2024", active: false);

        var message = PlatformFault.ExpectRefusal(() => host.Marketing.Create(LeadBuilder.Nurturing(retired).Build()));

        StringAssert.StartsWith(message, "This lead can't be saved yet.");
        StringAssert.Contains(message, "Trade show 2024");
        StringAssert.Contains(message, "inactive");
    }

    [TestMethod]
    public void CreateLead_NoSourceAndNothingToInferFrom_IsRefusedSayingWhatToDo()
    {
        var host = LeadHandoverHost.Create();
        host.AddSource("Website", leadSourceCode: 8);

        var message = PlatformFault.ExpectRefusal(() => host.Marketing.Create(LeadBuilder.Nurturing(Guid.Empty).WithoutSource().Build()));

        StringAssert.Contains(message, "Choose a Lead source");
    }

    [TestMethod]
    public void CreateLead_OriginatingCampaignMappedToASource_RecordsTheInferredSource()
    {
        var host = LeadHandoverHost.Create();
        var campaign = new Guid("c0000000-0000-0000-0000-000000000001");
        var webinar = host.AddSource("Spring webinar", campaignId: campaign);
        host.AddSource("Google Ads", utmCodes: "google");
        var lead = LeadBuilder.Nurturing(Guid.Empty).WithoutSource()
            .With(LeadSchema.CampaignId, new EntityReference("campaign", campaign))
            .With(LeadSchema.UtmSource, "google")
            .Build();

        var id = host.Marketing.Create(lead);

        var saved = host.System.Retrieve(LeadSchema.EntityName, id, new ColumnSet(LeadSchema.LeadSourceId, LeadSchema.SourceInferred, LeadSchema.SourceInference));
        Assert.AreEqual(webinar, saved.GetAttributeValue<EntityReference>(LeadSchema.LeadSourceId).Id);
        Assert.IsTrue(saved.GetAttributeValue<bool>(LeadSchema.SourceInferred));
        StringAssert.Contains(saved.GetAttributeValue<string>(LeadSchema.SourceInference), "campaign");
    }

    [TestMethod]
    [DataRow("google, google/spring-sale", "google", "spring-sale", DisplayName = "UTM source and campaign pair")]
    [DataRow("google", "GOOGLE", null, DisplayName = "UTM source alone, any case")]
    public void CreateLead_UtmCodesMappedToASource_RecordsTheInferredSource(string codes, string utmSource, string? utmCampaign)
    {
        var host = LeadHandoverHost.Create();
        var google = host.AddSource("Google Ads", utmCodes: codes);
        host.AddSource("Website", leadSourceCode: 8);
        var lead = LeadBuilder.Nurturing(Guid.Empty).WithoutSource()
            .With(LeadSchema.UtmSource, utmSource)
            .With(LeadSchema.UtmCampaign, utmCampaign)
            .With(LeadSchema.LeadSourceCode, new OptionSetValue(8))
            .Build();

        var id = host.Marketing.Create(lead);

        var saved = host.System.Retrieve(LeadSchema.EntityName, id, new ColumnSet(LeadSchema.LeadSourceId, LeadSchema.SourceInference));
        Assert.AreEqual(google, saved.GetAttributeValue<EntityReference>(LeadSchema.LeadSourceId).Id);
        StringAssert.Contains(saved.GetAttributeValue<string>(LeadSchema.SourceInference), "UTM source");
    }

    [TestMethod]
    public void CreateLead_OnlyOutOfTheBoxLeadSourceCode_InfersTheMappedSource()
    {
        var host = LeadHandoverHost.Create();
        var website = host.AddSource("Website", leadSourceCode: 8);
        var lead = LeadBuilder.Nurturing(Guid.Empty).WithoutSource().With(LeadSchema.LeadSourceCode, new OptionSetValue(8)).Build();

        var id = host.Marketing.Create(lead);

        var saved = host.System.Retrieve(LeadSchema.EntityName, id, new ColumnSet(LeadSchema.LeadSourceId, LeadSchema.SourceInference));
        Assert.AreEqual(website, saved.GetAttributeValue<EntityReference>(LeadSchema.LeadSourceId).Id);
        StringAssert.Contains(saved.GetAttributeValue<string>(LeadSchema.SourceInference), "lead source code 'Web'");
    }

    [TestMethod]
    public void CreateLead_ChosenSourceMapsAnotherLeadSourceCode_KeepsLeadSourceCodeConsistent()
    {
        var host = LeadHandoverHost.Create();
        var partner = host.AddSource("Partner referrals", leadSourceCode: 4);

        var id = host.Marketing.Create(LeadBuilder.Nurturing(partner).With(LeadSchema.LeadSourceCode, new OptionSetValue(8)).Build());

        var saved = host.System.Retrieve(LeadSchema.EntityName, id, new ColumnSet(LeadSchema.LeadSourceCode));
        Assert.AreEqual(4, saved.GetAttributeValue<OptionSetValue>(LeadSchema.LeadSourceCode).Value);
    }

    [TestMethod]
    public void CreateLead_UntidyText_IsSavedNormalised()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var lead = LeadBuilder.QualifiedHot(web)
            .With(LeadSchema.EmailAddress1, "  Ana.Silva@Contoso.Example ")
            .With(LeadSchema.JobTitle, "  Head   of Operations ")
            .Build();

        var id = host.Marketing.Create(lead);

        var saved = host.System.Retrieve(LeadSchema.EntityName, id, new ColumnSet(LeadSchema.EmailAddress1, LeadSchema.JobTitle));
        Assert.AreEqual("ana.silva@contoso.example", saved.GetAttributeValue<string>(LeadSchema.EmailAddress1));
        Assert.AreEqual("Head of Operations", saved.GetAttributeValue<string>(LeadSchema.JobTitle));
    }

    internal static int CountLeads(LeadHandoverHost host) =>
        host.System.RetrieveMultiple(new QueryExpression(LeadSchema.EntityName) { ColumnSet = new ColumnSet(false) }).Entities.Count;
}
