using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Dataverse;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// The one query a sweep pages through: Awaiting handovers whose next ladder step may be due, and Awaiting handovers
/// whose notification is undelivered and due for another attempt. The ledger has no "next step at" column, so the
/// ladder part is a conservative window per tier and level, from the tier's SLA (S business minutes) and the step's
/// percentage p: business time never runs faster than the wall clock, so a step can only be due once
/// <c>lh_assignedon</c> is p·S/100 minutes past, and for p ≥ 100 once <c>lh_dueon</c> is (p−100)·S/100 minutes past.
/// Rows inside the window whose business time has not yet run (nights, weekends, holidays) are read and left alone:
/// <see cref="EscalationPlanner"/> takes the decision on the rep's calendar.
/// </summary>
public static class DueWorkQuery
{
    public const string LeadAlias = "lead";
    public const string RepAlias = "rep";
    public const string ProfileAlias = "profile";
    public const string ManagerAlias = "manager";
    public const string ManagersManagerAlias = "skiplevel";

    /// <summary>The out-of-the-box "Manager" lookup of a user.</summary>
    public const string ParentUserId = "parentsystemuserid";

    public static QueryExpression Build(SweepReferenceData reference, DateTime nowUtc, TimeSpan undeliveredGrace, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var now = DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc);
        var query = new QueryExpression(HandoverSchema.EntityName)
        {
            ColumnSet = new ColumnSet(
                HandoverSchema.LeadId,
                HandoverSchema.RepId,
                HandoverSchema.ManagerId,
                HandoverSchema.Tier,
                HandoverSchema.AssignedOn,
                HandoverSchema.DueOn,
                HandoverSchema.EscalationLevel,
                HandoverSchema.NotificationStatus,
                HandoverSchema.NotificationAttempts,
                HandoverSchema.NextNotificationAttemptOn,
                HandoverSchema.LinkTokenVersion),
            PageInfo = new PagingInfo { Count = pageSize, PageNumber = 1 },
        };
        query.Criteria.AddCondition(HandoverSchema.StateCode, ConditionOperator.Equal, 0);
        query.Criteria.AddCondition(HandoverSchema.HandoverStatus, ConditionOperator.Equal, HandoverStatus.Awaiting);
        var due = query.Criteria.AddFilter(LogicalOperator.Or);
        foreach (var (option, tier) in reference.TiersByOption.OrderBy(pair => pair.Key))
        {
            var group = due.AddFilter(LogicalOperator.And);
            group.AddCondition(HandoverSchema.Tier, ConditionOperator.Equal, option);
            AddLadderWindow(group, reference, tier.SlaBusinessMinutes, now);
        }

        // A tier the choice can't name (a policy with its own tier names) is assumed to have the shortest SLA.
        var unnamed = due.AddFilter(LogicalOperator.And);
        var anyOtherTier = unnamed.AddFilter(LogicalOperator.Or);
        anyOtherTier.AddCondition(HandoverSchema.Tier, ConditionOperator.Null);
        if (reference.TiersByOption.Count > 0)
        {
            anyOtherTier.AddCondition(HandoverSchema.Tier, ConditionOperator.NotIn, reference.TiersByOption.Keys.Cast<object>().ToArray());
        }

        AddLadderWindow(unnamed, reference, reference.ShortestSlaMinutes, now);
        AddUndelivered(due.AddFilter(LogicalOperator.And), reference.Settings.MaxNotificationAttempts, now, undeliveredGrace);

        AddLinks(query);

        // Most overdue first, so a capped run takes the oldest work; the id makes the order total for paging.
        query.AddOrder(HandoverSchema.DueOn, OrderType.Ascending);
        query.AddOrder(HandoverSchema.HandoverId, OrderType.Ascending);
        return query;
    }

    private static void AddLadderWindow(FilterExpression group, SweepReferenceData reference, int slaMinutes, DateTime now)
    {
        var levels = group.AddFilter(LogicalOperator.Or);
        var steps = reference.Settings.Ladder.Steps;
        for (var level = 0; level < steps.Count; level++)
        {
            var percent = steps[level].PercentOfSla;
            var step = levels.AddFilter(LogicalOperator.And);
            if (level == 0)
            {
                var first = step.AddFilter(LogicalOperator.Or);
                first.AddCondition(HandoverSchema.EscalationLevel, ConditionOperator.Equal, 0);
                first.AddCondition(HandoverSchema.EscalationLevel, ConditionOperator.Null);
            }
            else
            {
                step.AddCondition(HandoverSchema.EscalationLevel, ConditionOperator.Equal, level);
            }

            step.AddCondition(HandoverSchema.AssignedOn, ConditionOperator.LessEqual, now - Minutes(slaMinutes, percent));
            if (percent >= 100)
            {
                step.AddCondition(HandoverSchema.DueOn, ConditionOperator.LessEqual, now - Minutes(slaMinutes, percent - 100));
            }
            else
            {
                // Without a due time the ladder can't measure the SLA; such a row would otherwise be read every run.
                step.AddCondition(HandoverSchema.DueOn, ConditionOperator.NotNull);
            }
        }
    }

    private static void AddUndelivered(FilterExpression group, int maxAttempts, DateTime now, TimeSpan grace)
    {
        group.AddCondition(HandoverSchema.NotificationStatus, ConditionOperator.In, NotificationStatus.Pending, NotificationStatus.Failed);
        var attempts = group.AddFilter(LogicalOperator.Or);
        attempts.AddCondition(HandoverSchema.NotificationAttempts, ConditionOperator.LessThan, maxAttempts);
        attempts.AddCondition(HandoverSchema.NotificationAttempts, ConditionOperator.Null);
        var when = group.AddFilter(LogicalOperator.Or);
        when.AddCondition(HandoverSchema.NextNotificationAttemptOn, ConditionOperator.LessEqual, now);

        // Never attempted: the webhook's fast path has the grace period to send it before the sweep steps in.
        var neverTried = when.AddFilter(LogicalOperator.And);
        neverTried.AddCondition(HandoverSchema.NextNotificationAttemptOn, ConditionOperator.Null);
        neverTried.AddCondition(HandoverSchema.AssignedOn, ConditionOperator.LessEqual, now - grace);
    }

    private static void AddLinks(QueryExpression query)
    {
        var lead = query.AddLink(LeadSchema.EntityName, HandoverSchema.LeadId, LeadSchema.LeadId, JoinOperator.LeftOuter);
        lead.EntityAlias = LeadAlias;
        lead.Columns = new ColumnSet(LeadSchema.FullName, LeadSchema.CompanyName, LeadSchema.Subject);

        var rep = query.AddLink(SystemUserSchema.EntityName, HandoverSchema.RepId, SystemUserSchema.SystemUserId, JoinOperator.LeftOuter);
        rep.EntityAlias = RepAlias;
        rep.Columns = UserColumns();

        var profile = query.AddLink(RepProfileSchema.EntityName, HandoverSchema.RepId, RepProfileSchema.UserId, JoinOperator.LeftOuter);
        profile.EntityAlias = ProfileAlias;
        profile.Columns = new ColumnSet(RepProfileSchema.TimeZone, RepProfileSchema.WorkingHours, RepProfileSchema.CalendarId);
        profile.LinkCriteria.AddCondition(RepProfileSchema.StateCode, ConditionOperator.Equal, 0);

        var manager = query.AddLink(SystemUserSchema.EntityName, HandoverSchema.ManagerId, SystemUserSchema.SystemUserId, JoinOperator.LeftOuter);
        manager.EntityAlias = ManagerAlias;
        manager.Columns = UserColumns();

        var managersManager = manager.AddLink(SystemUserSchema.EntityName, ParentUserId, SystemUserSchema.SystemUserId, JoinOperator.LeftOuter);
        managersManager.EntityAlias = ManagersManagerAlias;
        managersManager.Columns = UserColumns();
        managersManager.Columns.AddColumn(SystemUserSchema.SystemUserId);
    }

    private static ColumnSet UserColumns() => new(SystemUserSchema.FullName, SystemUserSchema.DomainName, SystemUserSchema.EntraObjectId);

    // p·S/100 minutes, exactly: whole minutes times a percentage is a whole number of ticks.
    private static TimeSpan Minutes(int slaMinutes, int percent) =>
        TimeSpan.FromTicks((long)slaMinutes * percent * TimeSpan.TicksPerMinute / 100);
}
