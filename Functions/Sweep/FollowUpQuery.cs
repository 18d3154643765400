using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Dataverse;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// The follow-up cadence's query: open handovers (Awaiting or Acknowledged) of open leads whose follow-up window
/// (<c>lh_assignedon</c> plus the tier's <c>withinDays</c>, calendar days as <c>FollowUpStatus</c> counts them) closed
/// in (<c>since</c>, <c>now</c>] and that no run has checked yet (<c>lh_followupcheckedon</c> empty). Exact per tier;
/// <c>since</c> only keeps windows that closed long ago (before the package was installed) from being chased.
/// </summary>
public static class FollowUpQuery
{
    public const string LeadAlias = "lead";
    public const string RepAlias = "rep";
    public const string ManagerAlias = "manager";
    public const string ProfileAlias = "profile";

    public static QueryExpression Build(SweepReferenceData reference, DateTime sinceUtc, DateTime nowUtc, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var since = DateTime.SpecifyKind(sinceUtc, DateTimeKind.Utc);
        var now = DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc);
        var query = new QueryExpression(HandoverSchema.EntityName)
        {
            ColumnSet = new ColumnSet(HandoverSchema.LeadId, HandoverSchema.RepId, HandoverSchema.ManagerId, HandoverSchema.Tier, HandoverSchema.AssignedOn),
            PageInfo = new PagingInfo { Count = pageSize, PageNumber = 1 },
        };
        query.Criteria.AddCondition(HandoverSchema.StateCode, ConditionOperator.Equal, 0);
        query.Criteria.AddCondition(HandoverSchema.HandoverStatus, ConditionOperator.In, HandoverStatus.Awaiting, HandoverStatus.Acknowledged);
        query.Criteria.AddCondition(HandoverSchema.FollowUpCheckedOn, ConditionOperator.Null);
        var windows = query.Criteria.AddFilter(LogicalOperator.Or);
        foreach (var (option, tier) in reference.TiersByOption.OrderBy(pair => pair.Key))
        {
            if (tier.MinimumContactAttempts.Count > 0)
            {
                var group = windows.AddFilter(LogicalOperator.And);
                group.AddCondition(HandoverSchema.Tier, ConditionOperator.Equal, option);
                AddWindow(group, tier.MinimumContactAttempts.WithinDays, since, now);
            }
        }

        var defaultRule = reference.Policy.DefaultTier.MinimumContactAttempts;
        if (defaultRule.Count > 0)
        {
            var unnamed = windows.AddFilter(LogicalOperator.And);
            var anyOtherTier = unnamed.AddFilter(LogicalOperator.Or);
            anyOtherTier.AddCondition(HandoverSchema.Tier, ConditionOperator.Null);
            if (reference.TiersByOption.Count > 0)
            {
                anyOtherTier.AddCondition(HandoverSchema.Tier, ConditionOperator.NotIn, reference.TiersByOption.Keys.Cast<object>().ToArray());
            }

            AddWindow(unnamed, defaultRule.WithinDays, since, now);
        }

        var lead = query.AddLink(LeadSchema.EntityName, HandoverSchema.LeadId, LeadSchema.LeadId, JoinOperator.Inner);
        lead.EntityAlias = LeadAlias;
        lead.Columns = new ColumnSet(LeadSchema.FullName, LeadSchema.CompanyName);
        lead.LinkCriteria.AddCondition(LeadSchema.StateCode, ConditionOperator.Equal, 0);

        var rep = query.AddLink(SystemUserSchema.EntityName, HandoverSchema.RepId, SystemUserSchema.SystemUserId, JoinOperator.LeftOuter);
        rep.EntityAlias = RepAlias;
        rep.Columns = new ColumnSet(SystemUserSchema.FullName, SystemUserSchema.DomainName, SystemUserSchema.EntraObjectId);

        var manager = query.AddLink(SystemUserSchema.EntityName, HandoverSchema.ManagerId, SystemUserSchema.SystemUserId, JoinOperator.LeftOuter);
        manager.EntityAlias = ManagerAlias;
        manager.Columns = new ColumnSet(SystemUserSchema.FullName, SystemUserSchema.DomainName, SystemUserSchema.EntraObjectId);

        var profile = query.AddLink(RepProfileSchema.EntityName, HandoverSchema.RepId, RepProfileSchema.UserId, JoinOperator.LeftOuter);
        profile.EntityAlias = ProfileAlias;
        profile.Columns = new ColumnSet(RepProfileSchema.TimeZone, RepProfileSchema.WorkingHours, RepProfileSchema.CalendarId);
        profile.LinkCriteria.AddCondition(RepProfileSchema.StateCode, ConditionOperator.Equal, 0);

        query.AddOrder(HandoverSchema.AssignedOn, OrderType.Ascending);
        query.AddOrder(HandoverSchema.HandoverId, OrderType.Ascending);
        return query;
    }

    // The window [assigned, assigned + days) closes at assigned + days; it closed in (since, now] exactly when this holds.
    private static void AddWindow(FilterExpression group, int withinDays, DateTime since, DateTime now)
    {
        group.AddCondition(HandoverSchema.AssignedOn, ConditionOperator.GreaterThan, since.AddDays(-withinDays));
        group.AddCondition(HandoverSchema.AssignedOn, ConditionOperator.LessEqual, now.AddDays(-withinDays));
    }
}
