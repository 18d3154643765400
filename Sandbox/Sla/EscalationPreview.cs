using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Domain.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Sandbox.Sla;

/// <summary>
/// For every handover awaiting acknowledgement: how much of its SLA has passed in the rep's business time (their
/// time zone, working hours and their calendar's holidays) and when each step of the ladder falls due, computed with
/// the Domain's own <see cref="SlaClock"/> and <see cref="EscalationLadder"/>, so a person can see what the SLA sweep
/// has done and will do next. It changes nothing.
/// </summary>
internal static class EscalationPreview
{
    public static IReadOnlyList<HandoverLadder> Awaiting(IOrganizationService system, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(system);
        var ladder = SweepSettings.Ladder(system);
        var query = new QueryExpression(HandoverSchema.EntityName)
        {
            ColumnSet = new ColumnSet(HandoverSchema.LeadId, HandoverSchema.RepId, HandoverSchema.Tier, HandoverSchema.AssignedOn, HandoverSchema.DueOn, HandoverSchema.EscalationLevel),
        };
        query.Criteria.AddCondition(HandoverSchema.HandoverStatus, ConditionOperator.Equal, HandoverStatus.Awaiting);
        query.AddOrder(HandoverSchema.DueOn, OrderType.Ascending);
        var calendars = new RepCalendars(system);
        var result = new List<HandoverLadder>();
        foreach (var row in system.RetrieveMultiple(query).Entities)
        {
            if (row.GetAttributeValue<DateTime?>(HandoverSchema.AssignedOn) is not DateTime assigned
                || row.GetAttributeValue<DateTime?>(HandoverSchema.DueOn) is not DateTime due
                || row.GetAttributeValue<EntityReference>(HandoverSchema.RepId) is not { } rep
                || calendars.For(rep.Id) is not { } calendar)
            {
                continue;
            }

            var level = row.GetAttributeValue<int?>(HandoverSchema.EscalationLevel) ?? 0;
            var slaMinutes = SlaClock.BusinessMinutesBetween(assigned, due, calendar);
            var rungs = ladder.Steps.Select((step, index) =>
            {
                var at = SlaClock.DueAt(assigned, (int)Math.Ceiling(slaMinutes * step.PercentOfSla / 100d), calendar);
                return new LadderRung(step, at, nowUtc >= at, index < level);
            }).ToList();
            result.Add(new HandoverLadder(
                row.Id,
                row.GetAttributeValue<EntityReference>(HandoverSchema.LeadId)?.Id,
                row.GetAttributeValue<EntityReference>(HandoverSchema.LeadId)?.Name ?? "(lead)",
                rep.Name ?? rep.Id.ToString("D"),
                LeadTierLabel(row.GetAttributeValue<OptionSetValue>(HandoverSchema.Tier)?.Value),
                assigned,
                due,
                level,
                SlaClock.FractionElapsed(assigned, due, nowUtc, calendar) * 100,
                rungs));
        }

        return result;
    }

    private static string LeadTierLabel(int? tier) => tier switch
    {
        LeadTier.Hot => "Hot",
        LeadTier.Warm => "Warm",
        LeadTier.Cold => "Cold",
        _ => "(no tier)",
    };
}
