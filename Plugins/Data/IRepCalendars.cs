using System;
using Dataverse.LeadHandover.Domain.Sla;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>The calendar one user's SLA time counts on.</summary>
public interface IRepCalendars
{
    BusinessCalendar CalendarOf(Guid userId);
}
