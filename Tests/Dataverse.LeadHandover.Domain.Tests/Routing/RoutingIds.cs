using System;
using System.Globalization;

namespace Dataverse.LeadHandover.Domain.Tests.Routing;

/// <summary>Readable fixed ids: the group says what it is, the last digits which one (rep 3 is …-0000-000000000003).</summary>
internal static class RoutingIds
{
    public static readonly Guid Lead = Id(2, 1);
    public static readonly Guid WebSource = Id(3, 1);
    public static readonly Guid EventSource = Id(3, 2);
    public static readonly Guid TeamManager = Id(1, 99);
    public static readonly Guid InsideSalesQueue = Id(4, 1);

    public static Guid Rep(int number) => Id(0, number);

    public static Guid Manager(int number) => Id(1, number);

    private static Guid Id(int group, int number) =>
        new("00000000-0000-0000-" + group.ToString("x4", CultureInfo.InvariantCulture) + "-" + number.ToString("D12", CultureInfo.InvariantCulture));
}
