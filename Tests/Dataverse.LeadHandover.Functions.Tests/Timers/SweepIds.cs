using System;
using System.Globalization;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>Fixed, readable ids for the timer tests (reps and the app user come from <c>Support/Ids</c>).</summary>
internal static class SweepIds
{
    public static readonly Guid Manager = new("00000000-0000-0000-0000-0000000aa101");
    public static readonly Guid ManagersManager = new("00000000-0000-0000-0000-0000000aa102");
    public static readonly Guid ManagerEntraObject = new("00000000-0000-0000-0000-0000000e0a01");
    public static readonly Guid ManagersManagerEntraObject = new("00000000-0000-0000-0000-0000000e0a02");
    public static readonly Guid UkCalendar = new("00000000-0000-0000-0000-0000000ca101");
    public static readonly Guid EasterMonday = new("00000000-0000-0000-0000-0000000ca201");
    public static readonly Guid IntegrationRole = new("00000000-0000-0000-0000-0000000a0e01");

    /// <summary>Handover number <paramref name="number"/>: …0ad001, …0ad002, …</summary>
    public static Guid Handover(int number) => Numbered("0ad", number);

    /// <summary>The lead of handover <paramref name="number"/>: …0a1001, …</summary>
    public static Guid Lead(int number) => Numbered("0a1", number);

    /// <summary>The handover the reject stand-in creates for the next rep after handover <paramref name="number"/>.</summary>
    public static Guid NextHandover(int number) => Numbered("0ae", number);

    private static Guid Numbered(string prefix, int number) =>
        new("00000000-0000-0000-0000-00000" + prefix + number.ToString("D4", CultureInfo.InvariantCulture));
}
