using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Sandbox.Demo;

/// <summary>A team's business calendar: time zone, working hours and the public holidays SLA clocks skip.</summary>
internal sealed record DemoCalendar(string Name, string TimeZone, IReadOnlyList<DateTime> Holidays);
