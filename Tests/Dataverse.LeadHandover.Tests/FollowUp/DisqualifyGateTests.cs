using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Tests.Builders;
using Dataverse.LeadHandover.Tests.Hosting;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Tests.FollowUp;

/// <summary>
/// A handed-over lead can't be disqualified before its tier's minimum contact attempts (Hot: 5 within 7 days in the
/// shipped policy) unless a sales manager gives a reason in the same request. The gate runs in PreValidation, the one
/// stage that sees the whole request once, because an Update carrying statecode runs PreOperation and PostOperation
/// once per part (https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior).
/// </summary>
[TestClass]
public sealed class DisqualifyGateTests
{
    private const int NoLongerInterested = 6;

    [TestMethod]
    public void Disqualify_ByTheRepAfterOneAttempt_IsRefusedNamingWhatIsMissing()
    {
        var (host, rep, _, leadId) = HandedOver();
        ContactAttempts.CompleteCalls(host.As(rep), leadId, 1);

        var message = PlatformFault.ExpectRefusal(() => host.As(rep).Update(Disqualified(leadId)));

        StringAssert.Contains(message, "4 more contact attempts are needed by 2026-03-09 09:00 UTC (1 of 5 made)");
        StringAssert.Contains(message, "A manager can override this with a reason.");
        Assert.AreEqual(0, host.Lead(leadId).GetAttributeValue<OptionSetValue>(LeadSchema.StateCode).Value);
    }

    [TestMethod]
    public void Disqualify_WithSetState_IsRefusedToo()
    {
        var (host, rep, _, leadId) = HandedOver();

        var message = PlatformFault.ExpectRefusal(() => host.As(rep).Execute(new SetStateRequest
        {
            EntityMoniker = new EntityReference(LeadSchema.EntityName, leadId),
            State = new OptionSetValue(2),
            Status = new OptionSetValue(NoLongerInterested),
        }));

        StringAssert.Contains(message, "5 more contact attempts");
        Assert.AreEqual(0, host.Lead(leadId).GetAttributeValue<OptionSetValue>(LeadSchema.StateCode).Value);
    }

    [TestMethod]
    public void Disqualify_ByAManagerWithAReasonInTheSameRequest_GoesAheadAndIsRecorded()
    {
        var (host, rep, manager, leadId) = HandedOver();
        ContactAttempts.CompleteCalls(host.As(rep), leadId, 1);
        host.Clock.Advance(TimeSpan.FromHours(1));
        var disqualify = Disqualified(leadId);
        disqualify[LeadSchema.DisqualifyOverrideReason] = "Company acquired by a customer; duplicate of an open opportunity";

        host.As(manager).Update(disqualify);

        var lead = host.Lead(leadId);
        Assert.AreEqual(2, lead.GetAttributeValue<OptionSetValue>(LeadSchema.StateCode).Value);
        Assert.AreEqual("Company acquired by a customer; duplicate of an open opportunity", lead.GetAttributeValue<string>(LeadSchema.DisqualifyOverrideReason));
        var outcome = host.HandoversOf(leadId).Single().GetAttributeValue<string>(HandoverSchema.OutcomeReason);
        StringAssert.Contains(outcome, "Disqualified on 2026-03-02 10:00 UTC with 1 of 5 contact attempts made");
        StringAssert.Contains(outcome, "Morgan Reyes overrode the follow-up guideline: Company acquired by a customer");
    }

    [TestMethod]
    public void Disqualify_ByTheRepWithAReason_IsRefusedBecauseOnlyAManagerMayOverride()
    {
        var (host, rep, _, leadId) = HandedOver();
        var disqualify = Disqualified(leadId);
        disqualify[LeadSchema.DisqualifyOverrideReason] = "Not interested";

        var message = PlatformFault.ExpectRefusal(() => host.As(rep).Update(disqualify));

        StringAssert.Contains(message, "Only a user with the Lead Handover Sales Manager role");
    }

    [TestMethod]
    public void Disqualify_AfterTheMinimumAttempts_GoesAheadWithoutAnOverride()
    {
        var (host, rep, _, leadId) = HandedOver();
        ContactAttempts.CompleteCalls(host.As(rep), leadId, 5);

        host.As(rep).Update(Disqualified(leadId));

        Assert.AreEqual(2, host.Lead(leadId).GetAttributeValue<OptionSetValue>(LeadSchema.StateCode).Value);
        Assert.IsNull(host.HandoversOf(leadId).Single().GetAttributeValue<string>(HandoverSchema.OutcomeReason));
    }

    [TestMethod]
    public void Disqualify_ALeadNeverHandedOver_IsNotGated()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var leadId = host.Marketing.Create(LeadBuilder.Nurturing(web).Build());

        host.Marketing.Update(Disqualified(leadId));

        Assert.AreEqual(2, host.Lead(leadId).GetAttributeValue<OptionSetValue>(LeadSchema.StateCode).Value);
    }

    private static Entity Disqualified(Guid leadId) => new(LeadSchema.EntityName, leadId)
    {
        [LeadSchema.StateCode] = new OptionSetValue(2),
        [LeadSchema.StatusCode] = new OptionSetValue(NoLongerInterested),
    };

    private static (LeadHandoverHost Host, Guid Rep, Guid Manager, Guid LeadId) HandedOver()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var manager = host.AddSalesManager("Morgan Reyes");
        var rep = host.AddRep(RepBuilder.Named("Ana Costa").ReportingTo(manager));
        var leadId = host.Marketing.Create(LeadBuilder.QualifiedHot(web).Build());
        Assert.AreEqual(rep, host.HandoversOf(leadId).Single().GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);
        return (host, rep, manager, leadId);
    }
}
