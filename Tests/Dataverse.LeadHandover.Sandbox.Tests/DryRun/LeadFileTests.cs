using System;
using System.Linq;
using Dataverse.LeadHandover.Sandbox.DryRun;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Sandbox.Tests.DryRun;

/// <summary>Dry-run files as spreadsheets and scripts write them: RFC 4180 CSV, or a JSON array of objects.</summary>
[TestClass]
public sealed class LeadFileTests
{
    [TestMethod]
    public void FromCsv_QuotedFields_KeepCommasLineBreaksAndDoubledQuotes()
    {
        var leads = LeadFile.FromCsv("companyname,lh_needsummary\r\n\"Contoso, Ltd\",\"Two lines:\nsay \"\"hi\"\"\"\r\n");

        Assert.HasCount(1, leads);
        Assert.AreEqual("Contoso, Ltd", leads[0].Value("companyname"));
        Assert.AreEqual("Two lines:\nsay \"hi\"", leads[0].Value("lh_needsummary"));
    }

    [TestMethod]
    public void FromCsv_MoreFieldsThanTheHeader_IsRefusedNamingTheLine()
    {
        var error = Assert.ThrowsExactly<FormatException>(() => LeadFile.FromCsv("firstname\nAna\nBen,extra\n"));

        StringAssert.Contains(error.Message, "Line 3");
    }

    [TestMethod]
    public void FromJson_ValuesOfAnyJsonType_AreReadAsText()
    {
        var leads = LeadFile.FromJson("""[{"companyname":"Litware","numberofemployees":120,"lh_salesready":true,"decisionmaker":null}]""");

        Assert.AreEqual("120", leads[0].Value("numberofemployees"));
        Assert.AreEqual("true", leads[0].Value("lh_salesready"));
        Assert.IsNull(leads[0].Value("decisionmaker"));
    }

    [TestMethod]
    public void ArrivalTimes_WithoutArrivedOn_AreFiveMinutesApartFromTheStart()
    {
        var leads = LeadFile.FromCsv("companyname,arrivedon\nA,\nB,2026-03-03T10:00:00Z\nC,\n");

        var times = LeadFile.ArrivalTimes(leads, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

        CollectionAssert.AreEqual(
            new[] { "2026-03-02 09:00", "2026-03-03 10:00", "2026-03-03 10:05" },
            times.Select(time => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
    }
}
