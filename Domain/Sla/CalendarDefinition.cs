using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Domain.Sla;

/// <summary>One active business calendar (lh_businesscalendar) with the local dates of its active holidays.</summary>
public sealed record CalendarDefinition(Guid Id, string Name, string? TimeZone, string? WorkingHours, IReadOnlyList<DateTime> Holidays);
