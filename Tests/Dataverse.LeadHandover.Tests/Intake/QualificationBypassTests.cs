using Dataverse.LeadHandover.Domain.Qualification;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Tests.Builders;
using Dataverse.LeadHandover.Tests.Hosting;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Tests.Intake;

/// <summary>The audited escape hatch for data migrations: only the integration and admin roles, always with a reason, always recorded.</summary>
[TestClass]
public sealed class QualificationBypassTests
{
    private const string Reason = "Migration of 2019 CRM leads, ticket MIG-42";

    [TestMethod]
    public void CreateLead_IntegrationUserBypassesWithReason_IsSavedAndRecordsWhoAndWhen()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var lead = LeadBuilder.QualifiedHot(web).Without(QualificationItem.Budget).Without(QualificationItem.NextSteps)
            .With(LeadSchema.QualificationBypassReason, Reason)
            .Build();

        var id = host.Integration.Create(lead);

        var saved = host.System.Retrieve(LeadSchema.EntityName, id, new ColumnSet(true));
        Assert.IsTrue(saved.GetAttributeValue<bool>(LeadSchema.SalesReady));
        Assert.AreEqual(Reason, saved.GetAttributeValue<string>(LeadSchema.QualificationBypassReason));
        Assert.AreEqual(host.IntegrationUserId, saved.GetAttributeValue<EntityReference>(LeadSchema.QualificationBypassedBy).Id);
        Assert.AreEqual(LeadHandoverHost.Start.UtcDateTime, saved.GetAttributeValue<System.DateTime>(LeadSchema.QualificationBypassedOn));
        StringAssert.Contains(saved.GetAttributeValue<string>(LeadSchema.MissingQualification), "Budget");
    }

    [TestMethod]
    public void CreateLead_SalesRepTriesToBypass_IsRefusedSayingWhoMay()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var lead = LeadBuilder.QualifiedHot(web).Without(QualificationItem.Budget).With(LeadSchema.QualificationBypassReason, Reason).Build();

        var message = PlatformFault.ExpectRefusal(() => host.Marketing.Create(lead));

        StringAssert.Contains(message, "Lead Handover Administrator");
        Assert.AreEqual(0, LeadIntakeCreateTests.CountLeads(host));
    }

    [TestMethod]
    public void CreateLead_BypassStillNeedsASource()
    {
        var host = LeadHandoverHost.Create();
        var lead = LeadBuilder.QualifiedHot(System.Guid.Empty).WithoutSource().With(LeadSchema.QualificationBypassReason, Reason).Build();

        var message = PlatformFault.ExpectRefusal(() => host.Administrator.Create(lead));

        StringAssert.Contains(message, "Lead source");
    }
}
