using System;

namespace Dataverse.LeadHandover.Sandbox.Demo;

/// <summary>One sales rep of the demo organisation: their user and their rep profile as an admin fills it in.</summary>
/// <param name="Name">Full name.</param>
/// <param name="Manager">The full name of their manager (one of <see cref="DemoRoster.Managers"/>).</param>
/// <param name="Calendar">Their team's business calendar (one of <see cref="DemoRoster.Calendars"/>).</param>
/// <param name="TimeZone">Windows time zone id; may differ from the calendar's, as for a rep working remotely.</param>
/// <param name="Segments">Comma-separated company size bands the rep covers.</param>
/// <param name="Territories">Comma-separated countries the rep covers (the lead's <c>address1_country</c>).</param>
/// <param name="Skills">Comma-separated industries (the lead's industry labels) and products the rep knows.</param>
/// <param name="Capacity">Handovers the rep may have awaiting acknowledgement at once.</param>
/// <param name="EntraObjectId">Their Microsoft Entra object id, which the Teams card mentions.</param>
internal sealed record DemoRep(
    string Name, string Manager, string Calendar, string TimeZone, string Segments, string Territories, string Skills, int Capacity, Guid EntraObjectId)
{
    public const string WorkingHours = "Mon-Fri 09:00-17:30";

    /// <summary>Away until this many days after the demo starts; null when available.</summary>
    public int? AwayForDays { get; init; }

    public bool Offline { get; init; }

    /// <summary>The sign-in name (UPN) Teams also accepts for a mention.</summary>
    public string UserPrincipalName => Name.ToLowerInvariant().Replace(' ', '.').Replace("é", "e", StringComparison.Ordinal).Replace("ü", "u", StringComparison.Ordinal) + "@contoso.example";
}
