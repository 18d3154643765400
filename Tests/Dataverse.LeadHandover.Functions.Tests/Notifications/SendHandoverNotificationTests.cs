using System;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Notifications;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Notifications;

/// <summary>
/// The queue-triggered function: a message it cannot read throws, so the queue retries it and then moves it to
/// the poison queue ("Azure Queue storage trigger: poison messages",
/// https://learn.microsoft.com/azure/azure-functions/functions-bindings-storage-queue-trigger#poison-messages).
/// </summary>
[TestClass]
public sealed class SendHandoverNotificationTests
{
    [TestMethod]
    public async Task Run_MessageWithHandoverId_SendsTheCard()
    {
        using var host = new FunctionsTestHost(TestOrganization.Create().WithStandardHandover());

        await host.Get<SendHandoverNotification>().RunAsync(new HandoverNotificationMessage(Ids.Handover, Ids.Correlation).ToJson(), CancellationToken.None);

        Assert.HasCount(1, host.Teams.Posts);
    }

    [TestMethod]
    [DataRow("", DisplayName = "empty")]
    [DataRow("not json", DisplayName = "not JSON")]
    [DataRow("{\"correlationId\":\"00000000-0000-0000-0000-0000000cc001\"}", DisplayName = "no handover id")]
    [DataRow("{\"handoverId\":\"nope\"}", DisplayName = "handover id not a GUID")]
    public async Task Run_UnreadableMessage_ThrowsSoTheQueueRetriesAndPoisonsIt(string text)
    {
        using var host = new FunctionsTestHost(TestOrganization.Create().WithStandardHandover());

        await Assert.ThrowsExactlyAsync<FormatException>(() => host.Get<SendHandoverNotification>().RunAsync(text, CancellationToken.None));

        Assert.IsEmpty(host.Teams.Posts);
    }

    [TestMethod]
    public void Message_ToJson_IsTheSmallIdsOnlyBody()
    {
        var json = new HandoverNotificationMessage(Ids.Handover, Ids.Correlation).ToJson();

        Assert.AreEqual("{\"handoverId\":\"" + Ids.Handover + "\",\"correlationId\":\"" + Ids.Correlation + "\"}", json);
    }
}
