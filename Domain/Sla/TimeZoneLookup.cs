using System;

namespace Dataverse.LeadHandover.Domain.Sla;

/// <summary>
/// Finds a time zone by its Windows id. Windows ids are what the Dataverse plug-in sandbox (Windows)
/// knows; .NET 6 and later on Linux translate them through ICU, so the same id works in tests and Functions.
/// </summary>
internal static class TimeZoneLookup
{
    private const string Examples = "'GMT Standard Time', 'W. Europe Standard Time', 'Eastern Standard Time' or 'Pacific Standard Time'";

    public static TimeZoneInfo Find(string? timeZoneId, string parameterName)
    {
        var id = timeZoneId?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            throw new ArgumentException("A business calendar needs a time zone: give a Windows time zone id such as " + Examples + ".", parameterName);
        }

        // IANA ids resolve on Linux but not in the Windows plug-in sandbox; refusing them everywhere keeps
        // a calendar that passes the tests from failing in Dataverse.
        if (id!.IndexOf('/') >= 0)
        {
            throw new ArgumentException("The time zone '" + id + "' is an IANA id, which the Dataverse plug-in sandbox (Windows) doesn't know: use its Windows id, such as " + Examples + ".", parameterName);
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException notFound)
        {
            throw new ArgumentException("The time zone '" + id + "' is not known: use a Windows time zone id such as " + Examples + ".", parameterName, notFound);
        }
        catch (InvalidTimeZoneException damaged)
        {
            throw new ArgumentException("The time zone '" + id + "' is installed but can't be read on this machine.", parameterName, damaged);
        }
    }
}
