using System;
using System.Globalization;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Tests.Builders;
using Dataverse.LeadHandover.Tests.Hosting;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Tests.Handover;

/// <summary>
/// The due time stamped on the ledger is the tier's SLA (Hot 60, Warm 240 business minutes in the shipped policy)
/// counted on the rep's business calendar: their time zone's wall clock, working hours and holidays. In 2026 the
/// clocks go forward on 8 March in New York and on 29 March in London
/// (https://learn.microsoft.com/dotnet/api/system.timezoneinfo.findsystemtimezonebyid).
/// </summary>
[TestClass]
public sealed class SlaDueTimeTests
{
    [TestMethod]
    [DataRow("GMT Standard Time", "2026-03-06T17:00:00Z", null, 1, "2026-03-09T09:30:00Z", DisplayName = "London: Friday 17:00 + 60 min runs over the weekend to Monday 09:30")]
    [DataRow("GMT Standard Time", "2026-03-06T17:00:00Z", "2026-03-09", 1, "2026-03-10T09:30:00Z", DisplayName = "London: Monday is a holiday, so Tuesday 09:30")]
    [DataRow("GMT Standard Time", "2026-03-27T17:00:00Z", null, 1, "2026-03-30T08:30:00Z", DisplayName = "London: the weekend the clocks go forward, Monday 09:30 BST is 08:30 UTC")]
    [DataRow("Eastern Standard Time", "2026-03-06T22:00:00Z", null, 1, "2026-03-09T13:30:00Z", DisplayName = "New York: Friday 17:00 EST to Monday 09:30 EDT")]
    [DataRow("Eastern Standard Time", "2026-03-06T22:00:00Z", "2026-03-09", 1, "2026-03-10T13:30:00Z", DisplayName = "New York: holiday on the Monday after the change")]
    [DataRow("GMT Standard Time", "2026-03-06T15:00:00Z", null, 2, "2026-03-09T10:30:00Z", DisplayName = "London: Warm, 150 minutes on Friday and 90 on Monday")]
    public void AssignLead_AcrossWeekendsHolidaysAndClockChanges_StampsTheBusinessDueTime(
        string timeZone, string assignedUtc, string? holiday, int rating, string expectedDueUtc)
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var holidays = holiday is null ? Array.Empty<DateTime>() : new[] { Utc(holiday) };
        var calendar = host.AddCalendar("Team calendar", timeZone, "Mon-Fri 09:00-17:30", holidays);
        var rep = host.AddRep(RepBuilder.Named("Ana Costa").OnCalendar(calendar));
        host.Clock.SetUtcNow(Utc(assignedUtc));

        var leadId = host.Marketing.Create(LeadBuilder.QualifiedHot(web).Rated(rating).Build());

        var handover = host.HandoversOf(leadId).Single();
        Assert.AreEqual(rep, handover.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);
        Assert.AreEqual(Utc(assignedUtc), handover.GetAttributeValue<DateTime>(HandoverSchema.AssignedOn));
        Assert.AreEqual(Utc(expectedDueUtc), handover.GetAttributeValue<DateTime>(HandoverSchema.DueOn));
    }

    private static DateTime Utc(string text) =>
        DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
