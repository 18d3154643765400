using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// Dataverse's service protection limits as the SDK reports them ("Service protection API limits",
/// https://learn.microsoft.com/power-apps/developer/data-platform/api-limits): an <see cref="OrganizationServiceFault"/>
/// with one of three codes, and how long to wait in <c>ErrorDetails["Retry-After"]</c> (a <see cref="TimeSpan"/>).
/// </summary>
public static class ServiceProtection
{
    /// <summary>Number of requests exceeded the limit of 6,000 over 300 seconds (0x80072322).</summary>
    public const int RequestsLimit = -2147015902;

    /// <summary>Combined execution time exceeded 1,200,000 ms over 300 seconds (0x80072321).</summary>
    public const int ExecutionTimeLimit = -2147015903;

    /// <summary>Number of concurrent requests exceeded the limit of 52 (0x80072326).</summary>
    public const int ConcurrencyLimit = -2147015898;

    public const string RetryAfterDetail = "Retry-After";

    public static bool IsLimit(OrganizationServiceFault? fault) =>
        fault is not null && (IsLimitCode(fault.ErrorCode) || (fault.InnerFault is { } inner && IsLimitCode(inner.ErrorCode)));

    /// <summary>
    /// The wait the fault asks for; without one, the SDK's own fallback of 2^attempt seconds
    /// (<paramref name="attempt"/> counts from 1).
    /// </summary>
    public static TimeSpan RetryAfter(OrganizationServiceFault fault, int attempt)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (fault.ErrorDetails is { } details && details.TryGetValue(RetryAfterDetail, out var value))
        {
            switch (value)
            {
                case TimeSpan wait when wait >= TimeSpan.Zero:
                    return wait;
                case string text when TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var parsed) && parsed >= TimeSpan.Zero:
                    return parsed;
                case int seconds when seconds >= 0:
                    return TimeSpan.FromSeconds(seconds);
            }
        }

        return TimeSpan.FromSeconds(Math.Pow(2, Math.Clamp(attempt, 1, 8)));
    }

    private static bool IsLimitCode(int code) => code is RequestsLimit or ExecutionTimeLimit or ConcurrencyLimit;
}
