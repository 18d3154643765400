using System.Linq;
using Dataverse.LeadHandover.Functions.Notifications;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Dataverse.LeadHandover.Functions.Tests.Timers;
using Microsoft.Extensions.Logging;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Notifications;

[TestClass]
public sealed class NotificationPoisonedTests
{
    [TestMethod]
    public void Poisoned_Message_IsAnErrorNamingTheHandoverOnly()
    {
        using var logs = new LogRecorder();
        using var factory = LoggerFactory.Create(logging => logging.AddProvider(logs));
        var watcher = new NotificationPoisoned(factory.CreateLogger<NotificationPoisoned>());

        watcher.Run(new HandoverNotificationMessage(Ids.Handover, Ids.Correlation).ToJson());

        var line = logs.Lines.Single();
        Assert.AreEqual(LogLevel.Error, line.Level);
        StringAssert.Contains(line.Message, Ids.Handover.ToString());
        StringAssert.Contains(line.Message, "the SLA sweep sends the card");
    }

    [TestMethod]
    public void Poisoned_UnreadableMessage_IsAnErrorWithoutItsText()
    {
        using var logs = new LogRecorder();
        using var factory = LoggerFactory.Create(logging => logging.AddProvider(logs));
        var watcher = new NotificationPoisoned(factory.CreateLogger<NotificationPoisoned>());

        watcher.Run("{\"lead\":\"Jane Doe <jane@example.com>\"}");

        var line = logs.Lines.Single();
        Assert.AreEqual(LogLevel.Error, line.Level);
        Assert.DoesNotContain("jane@example.com", line.Message);
    }
}
