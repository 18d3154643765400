using System.Linq;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Sweep;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// The automatic reassignment against the solution's real <c>lh_RejectHandover</c> plug-in (not the stand-in): the
/// Functions app's user, holding the Lead Handover Integration role, calls it with the sweep's reason inside the same
/// transaction as the ladder claim; the plug-in closes the handover as Expired and its own routing gives the lead to
/// the next rep. One implementation of routing.
/// </summary>
[TestClass]
public sealed class SlaSweepRealRejectTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Sweep_ReassignStepWithTheRealPlugin_RoutesTheLeadToTheOtherRepAndRecordsTheLevel()
    {
        var organization = SweepOrganization.Create(realReject: true).With(new SweepHandoverBuilder(1).AtLevel(2));
        using var host = new SweepHost(organization);
        organization.MoveTo(SweepScenario.ReassignAt);

        var report = await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);

        Assert.AreEqual(1, report.Reassigned, string.Join(" | ", host.Logs.Lines.Select(line => line.Message)));
        var expired = organization.Handover(SweepIds.Handover(1));
        Assert.AreEqual(HandoverStatus.Expired, expired.GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus).Value, "Taken back by the app, not rejected by the rep.");
        Assert.AreEqual(3, expired.GetAttributeValue<int?>(HandoverSchema.EscalationLevel));
        StringAssert.StartsWith(expired.GetAttributeValue<string>(HandoverSchema.OutcomeReason), "Not acknowledged within SLA — reassigned automatically");
        var open = OpenHandoversOf(organization, SweepIds.Lead(1));
        Assert.AreEqual(Ids.OtherRep, open.Single().GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);
    }

    private static DataCollection<Entity> OpenHandoversOf(SweepOrganization organization, System.Guid leadId)
    {
        var query = new QueryExpression(HandoverSchema.EntityName) { ColumnSet = new ColumnSet(HandoverSchema.RepId) };
        query.Criteria.AddCondition(HandoverSchema.LeadId, ConditionOperator.Equal, leadId);
        query.Criteria.AddCondition(HandoverSchema.HandoverStatus, ConditionOperator.Equal, HandoverStatus.Awaiting);
        return organization.Admin.RetrieveMultiple(query).Entities;
    }
}
