using Dataverse.LeadHandover.Functions.Options;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using Dataverse.LeadHandover.Functions.Sweep;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// The <c>Sweep</c> options are checked at start-up with an error naming the setting. The timers' schedules are
/// NCRONTAB expressions read from app settings ("Timer trigger for Azure Functions", NCRONTAB expressions,
/// https://learn.microsoft.com/azure/azure-functions/functions-bindings-timer#ncrontab-expressions).
/// </summary>
[TestClass]
public sealed class SweepOptionsTests
{
    [TestMethod]
    public void Defaults_AreValid_AndSweepEveryMinute()
    {
        var options = new SweepOptions();

        Assert.IsEmpty(Problems(options));
        Assert.AreEqual("0 */1 * * * *", options.Schedule);
        Assert.AreEqual("%Sweep:Schedule%", SweepOptions.ScheduleExpression);
        Assert.AreEqual("%Sweep:FollowUpSchedule%", SweepOptions.FollowUpScheduleExpression);
    }

    [TestMethod]
    [DataRow("00:01:00", DisplayName = "A TimeSpan (Dedicated plan only)")]
    [DataRow("*/1 * * *", DisplayName = "Four fields")]
    [DataRow("0 */1 * * * * *", DisplayName = "Seven fields")]
    [DataRow("0 */1 * * * ?", DisplayName = "Quartz syntax")]
    public void Schedule_NotNcrontab_IsRefusedNamingTheAppSetting(string schedule)
    {
        var problems = Problems(new SweepOptions { Schedule = schedule });

        StringAssert.Contains(problems.Single(), "Sweep__Schedule");
    }

    [TestMethod]
    public void Schedule_Missing_IsRefusedNamingTheAppSetting()
    {
        var problems = Problems(new SweepOptions { Schedule = string.Empty });

        StringAssert.Contains(problems.Single(), "Set Sweep:Schedule (app setting Sweep__Schedule)");
    }

    [TestMethod]
    [DataRow(0, DisplayName = "Zero")]
    [DataRow(1001, DisplayName = "Over ExecuteMultiple's 1,000")]
    public void BatchSize_OutOfRange_IsRefused(int batchSize)
    {
        var problems = Problems(new SweepOptions { BatchSize = batchSize });

        StringAssert.Contains(problems.Single(), "Sweep__BatchSize");
    }

    private static List<string> Problems(SweepOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(result => result.ErrorMessage ?? string.Empty).ToList();
    }
}
