using System;
using Dataverse.LeadHandover.Functions.Notifications;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Notifications;

/// <summary>
/// Due times in the rep's Windows time zone, which .NET resolves on Linux too ("Find time zones",
/// https://learn.microsoft.com/dotnet/api/system.timezoneinfo.findsystemtimezonebyid).
/// </summary>
[TestClass]
public sealed class RepLocalTimeTests
{
    [TestMethod]
    [DataRow("GMT Standard Time", 2026, 3, 2, 14, 30, "Mon 2 Mar 2026, 14:30", DisplayName = "UK winter: UTC")]
    [DataRow("GMT Standard Time", 2026, 7, 1, 13, 0, "Wed 1 Jul 2026, 14:00", DisplayName = "UK summer: UTC+1")]
    [DataRow("W. Europe Standard Time", 2026, 3, 2, 14, 30, "Mon 2 Mar 2026, 15:30", DisplayName = "Central Europe winter: UTC+1")]
    [DataRow("Pacific Standard Time", 2026, 3, 9, 17, 0, "Mon 9 Mar 2026, 10:00", DisplayName = "US Pacific the day after DST starts: UTC-7")]
    public void Describe_KnownZone_ShowsLocalTimeAndNamesTheZone(string zone, int year, int month, int day, int hour, int minute, string expectedLocal)
    {
        var text = RepLocalTime.Describe(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc), zone);

        StringAssert.StartsWith(text, expectedLocal + " (");
        Assert.DoesNotContain("(UTC)", text);
    }

    [TestMethod]
    [DataRow(null, DisplayName = "no profile zone")]
    [DataRow("Mars Standard Time", DisplayName = "unknown zone")]
    public void Describe_NoUsableZone_ShowsUtcAndSaysSo(string? zone)
    {
        var text = RepLocalTime.Describe(new DateTime(2026, 3, 2, 14, 30, 0, DateTimeKind.Utc), zone);

        Assert.AreEqual("Mon 2 Mar 2026, 14:30 (UTC)", text);
    }

    [TestMethod]
    public void Describe_NoDueTime_SaysNotSet()
    {
        Assert.AreEqual(RepLocalTime.NotSet, RepLocalTime.Describe(null, "GMT Standard Time"));
    }
}
