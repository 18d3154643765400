using System;

namespace Dataverse.LeadHandover.Functions.Dataverse;

/// <summary>How to address a rep in Teams and in which time zone to show them times.</summary>
public sealed record RepContact
{
    public required Guid UserId { get; init; }

    public string? FullName { get; init; }

    /// <summary><c>systemuser.domainname</c>: the rep's sign-in name (UPN), which Teams accepts for a mention.</summary>
    public string? UserPrincipalName { get; init; }

    /// <summary><c>systemuser.azureactivedirectoryobjectid</c>: the rep's Entra object id, preferred for a mention.</summary>
    public Guid? EntraObjectId { get; init; }

    /// <summary><c>lh_repprofile.lh_timezone</c>: a Windows time zone id; <see langword="null"/> without a profile.</summary>
    public string? TimeZoneId { get; init; }
}
