using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>One active <c>lh_businesscalendar</c> row with the local dates of its active holidays.</summary>
public sealed record CalendarEntry(Guid Id, string Name, string? TimeZone, string? WorkingHours, IReadOnlyList<DateTime> Holidays);
