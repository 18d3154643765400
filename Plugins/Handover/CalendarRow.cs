using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>One active lh_businesscalendar row with the dates of its active holidays.</summary>
public sealed record CalendarRow(Guid Id, string Name, string? TimeZone, string? WorkingHours, IReadOnlyList<DateTime> Holidays);
