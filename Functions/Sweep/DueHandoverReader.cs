using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Dataverse;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// Pages through <see cref="DueWorkQuery"/> with the paging cookie, one page per request, waiting out service
/// protection faults. A handover comes back once even if its rep has two active profiles.
/// </summary>
public sealed class DueHandoverReader(IOrganizationServiceAsync2 dataverse, ThrottleGuard throttle)
{
    public async IAsyncEnumerable<IReadOnlyList<DueHandover>> PagesAsync(
        QueryExpression query, Guid correlationId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var seen = new HashSet<Guid>();
        while (true)
        {
            var page = await throttle.CallAsync(token => dataverse.RetrieveMultipleAsync(query, token), correlationId, cancellationToken);
            var handovers = new List<DueHandover>(page.Entities.Count);
            foreach (var row in page.Entities)
            {
                if (seen.Add(row.Id))
                {
                    handovers.Add(Map(row));
                }
            }

            yield return handovers;
            if (!page.MoreRecords)
            {
                yield break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }

    public static DueHandover Map(Entity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new DueHandover
        {
            Id = row.Id,
            LeadId = row.GetAttributeValue<EntityReference>(HandoverSchema.LeadId)?.Id,
            LeadName = LinkedColumn.Value<string>(row, DueWorkQuery.LeadAlias, LeadSchema.FullName),
            LeadCompany = LinkedColumn.Value<string>(row, DueWorkQuery.LeadAlias, LeadSchema.CompanyName),
            LeadTopic = LinkedColumn.Value<string>(row, DueWorkQuery.LeadAlias, LeadSchema.Subject),
            Rep = LinkedColumn.User(row, HandoverSchema.RepId, DueWorkQuery.RepAlias),
            Manager = LinkedColumn.User(row, HandoverSchema.ManagerId, DueWorkQuery.ManagerAlias),
            ManagersManager = LinkedColumn.Value<Guid>(row, DueWorkQuery.ManagersManagerAlias, SystemUserSchema.SystemUserId) is var above && above != Guid.Empty
                ? LinkedColumn.UserOf(above, row, DueWorkQuery.ManagersManagerAlias)
                : null,
            Tier = row.GetAttributeValue<OptionSetValue>(HandoverSchema.Tier)?.Value,
            AssignedOn = Utc(row.GetAttributeValue<DateTime?>(HandoverSchema.AssignedOn)),
            DueOn = Utc(row.GetAttributeValue<DateTime?>(HandoverSchema.DueOn)),
            EscalationLevel = row.GetAttributeValue<int?>(HandoverSchema.EscalationLevel) ?? 0,
            NotificationStatus = row.GetAttributeValue<OptionSetValue>(HandoverSchema.NotificationStatus)?.Value,
            NotificationAttempts = row.GetAttributeValue<int?>(HandoverSchema.NotificationAttempts) ?? 0,
            NextNotificationAttemptOn = Utc(row.GetAttributeValue<DateTime?>(HandoverSchema.NextNotificationAttemptOn)),
            LinkTokenVersion = row.GetAttributeValue<int?>(HandoverSchema.LinkTokenVersion) ?? 0,
            ProfileTimeZone = LinkedColumn.Value<string>(row, DueWorkQuery.ProfileAlias, RepProfileSchema.TimeZone),
            ProfileWorkingHours = LinkedColumn.Value<string>(row, DueWorkQuery.ProfileAlias, RepProfileSchema.WorkingHours),
            ProfileCalendarId = LinkedColumn.Value<EntityReference>(row, DueWorkQuery.ProfileAlias, RepProfileSchema.CalendarId)?.Id,
            RowVersion = row.RowVersion,
        };
    }

    private static DateTime? Utc(DateTime? value) => value is DateTime time ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : null;
}
