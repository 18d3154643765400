using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dataverse.LeadHandover.Domain.Sla;

/// <summary>Reads the working hours grammar described on <see cref="WorkingHours"/>, collecting every problem.</summary>
internal static class WorkingHoursReader
{
    internal static readonly DayOfWeek[] WeekFromMonday =
    {
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    };

    private const string Example = "'Mon-Fri 09:00-17:30'";

    private static readonly string[] ShortNames = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };

    public static string ShortName(DayOfWeek day) => ShortNames[(int)day];

    /// <summary>The ranges per day (indexed by <see cref="DayOfWeek"/>), or null when <paramref name="problems"/> is not empty.</summary>
    public static WorkingRange[][]? Read(string? text, out List<string> problems)
    {
        problems = new List<string>();
        var perDay = new List<WorkingRange>[7];
        for (var d = 0; d < 7; d++)
        {
            perDay[d] = new List<WorkingRange>();
        }

        var anyPart = false;
        foreach (var rawPart in (text ?? string.Empty).Split(';'))
        {
            var part = Tidy(rawPart);
            if (part.Length == 0)
            {
                continue;
            }

            anyPart = true;
            ReadPart(part, perDay, problems);
        }

        if (!anyPart)
        {
            problems.Add("There are no working hours: write them like " + Example + ".");
        }

        if (problems.Count == 0)
        {
            FindOverlaps(perDay, problems);
        }

        if (problems.Count > 0)
        {
            return null;
        }

        var days = new WorkingRange[7][];
        for (var d = 0; d < 7; d++)
        {
            perDay[d].Sort((a, b) => a.StartMinute.CompareTo(b.StartMinute));
            days[d] = perDay[d].ToArray();
        }

        return days;
    }

    private static void ReadPart(string part, List<WorkingRange>[] perDay, List<string> problems)
    {
        var space = part.IndexOf(' ');
        var dayText = space < 0 ? part : part.Substring(0, space);
        var rangeText = space < 0 ? string.Empty : part.Substring(space + 1).Replace(" ", ",");
        if (dayText.Length > 0 && char.IsDigit(dayText[0]))
        {
            problems.Add("'" + part + "' needs the days in front, like " + Example + ".");
            return;
        }

        var days = ReadDays(dayText, problems);
        if (rangeText.Length == 0)
        {
            problems.Add("'" + part + "' has no hours: write them after the days, like " + Example + ".");
            return;
        }

        foreach (var item in rangeText.Split(','))
        {
            if (item.Length == 0)
            {
                continue;
            }

            if (TryReadRange(item, problems, out var range) && days is not null)
            {
                foreach (var day in days)
                {
                    perDay[(int)day].Add(range);
                }
            }
        }
    }

    private static List<DayOfWeek>? ReadDays(string text, List<string> problems)
    {
        var days = new List<DayOfWeek>();
        var ok = true;
        foreach (var item in text.Split(','))
        {
            if (item.Length == 0)
            {
                continue;
            }

            var dash = item.IndexOf('-');
            if (dash < 0)
            {
                ok &= TryReadDay(item, problems, out var single);
                days.Add(single);
                continue;
            }

            var fromOk = TryReadDay(item.Substring(0, dash), problems, out var from);
            var toOk = TryReadDay(item.Substring(dash + 1), problems, out var to);
            if (!fromOk || !toOk)
            {
                ok = false;
                continue;
            }

            // A range runs forward through the week and may wrap round it: Fri-Mon is Fri, Sat, Sun, Mon.
            var day = from;
            days.Add(day);
            while (day != to)
            {
                day = (DayOfWeek)(((int)day + 1) % 7);
                days.Add(day);
            }
        }

        return ok ? days : null;
    }

    private static bool TryReadDay(string text, List<string> problems, out DayOfWeek day)
    {
        for (var d = 0; d < 7; d++)
        {
            var candidate = (DayOfWeek)d;
            if (string.Equals(text, ShortNames[d], StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                day = candidate;
                return true;
            }
        }

        problems.Add("'" + text + "' is not a day: use Mon, Tue, Wed, Thu, Fri, Sat or Sun.");
        day = DayOfWeek.Sunday;
        return false;
    }

    private static bool TryReadRange(string text, List<string> problems, out WorkingRange range)
    {
        range = default;
        var dash = text.IndexOf('-');
        if (dash < 0 || text.IndexOf('-', dash + 1) >= 0)
        {
            problems.Add("'" + text + "' is not a range of hours: write it as start-end, like 09:00-17:30.");
            return false;
        }

        var startOk = TryReadTime(text.Substring(0, dash), problems, out var start);
        var endOk = TryReadTime(text.Substring(dash + 1), problems, out var end);
        if (!startOk || !endOk)
        {
            return false;
        }

        if (start == WorkingRange.MinutesPerDay)
        {
            problems.Add("'" + text + "' starts at 24:00: 24:00 can only end a range; start at 00:00 instead.");
            return false;
        }

        if (end <= start)
        {
            problems.Add("'" + text + "' ends before it starts: a range can't cross midnight, so write a night shift as two days' ranges, like 'Mon 22:00-24:00; Tue 00:00-06:00'.");
            return false;
        }

        range = new WorkingRange(start, end);
        return true;
    }

    private static bool TryReadTime(string text, List<string> problems, out int minuteOfDay)
    {
        minuteOfDay = 0;
        var colon = text.IndexOf(':');
        if (colon is 1 or 2
            && text.Length == colon + 3
            && int.TryParse(text.Substring(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            && int.TryParse(text.Substring(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            && minutes < 60
            && (hours < 24 || (hours == 24 && minutes == 0)))
        {
            minuteOfDay = (hours * 60) + minutes;
            return true;
        }

        problems.Add("'" + text + "' is not a time: write times as HH:MM on the 24-hour clock, like 09:00 or 17:30.");
        return false;
    }

    private static void FindOverlaps(List<WorkingRange>[] perDay, List<string> problems)
    {
        foreach (var day in WeekFromMonday)
        {
            var ranges = perDay[(int)day];
            for (var i = 0; i < ranges.Count; i++)
            {
                for (var j = i + 1; j < ranges.Count; j++)
                {
                    if (ranges[i].StartMinute < ranges[j].EndMinute && ranges[j].StartMinute < ranges[i].EndMinute)
                    {
                        problems.Add(ShortName(day) + " has overlapping ranges " + ranges[i] + " and " + ranges[j] + ": merge them into one.");
                    }
                }
            }
        }
    }

    // Collapses whitespace and removes it around '-' and ',' so "Mon - Fri  09:00 - 17:30" reads like "Mon-Fri 09:00-17:30".
    private static string Tidy(string part)
    {
        var text = new StringBuilder(part.Length);
        var pendingSpace = false;
        foreach (var c in part)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            if (c is '-' or ',')
            {
                pendingSpace = false;
                text.Append(c);
                continue;
            }

            if (pendingSpace && text[text.Length - 1] is not '-' and not ',')
            {
                text.Append(' ');
            }

            pendingSpace = false;
            text.Append(c);
        }

        return text.ToString();
    }
}
