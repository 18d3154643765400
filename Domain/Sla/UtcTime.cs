using System;

namespace Dataverse.LeadHandover.Domain.Sla;

/// <summary>Argument checks for instants: Dataverse stores date and time in UTC, and so does every rule here.</summary>
internal static class UtcTime
{
    /// <summary>The value as UTC; <see cref="DateTimeKind.Unspecified"/> is taken to be UTC already, local time is refused.</summary>
    public static DateTime Require(DateTime value, string parameterName)
    {
        if (value.Kind == DateTimeKind.Local)
        {
            throw new ArgumentException("Pass times in UTC: " + parameterName + " is a local time of this machine.", parameterName);
        }

        return value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value, DateTimeKind.Utc);
    }
}
