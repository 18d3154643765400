using System;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Dataverse;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Tests.Notifications;

/// <summary>
/// Claiming a notification attempt uses the row version, so two deliveries of the same handover cannot both send
/// ("Optimistic concurrency", https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency).
/// </summary>
[TestClass]
public sealed class HandoverLedgerTests
{
    [TestMethod]
    public async Task TryClaim_RowUnchangedSinceRead_CountsTheAttemptAndHoldsIt()
    {
        var organization = TestOrganization.Create().WithStandardHandover();
        using var host = new FunctionsTestHost(organization);
        var ledger = host.Get<HandoverLedger>();
        var read = await ledger.FindAsync(Ids.Handover, CancellationToken.None);
        var holdUntil = TestOrganization.Start.AddMinutes(7);

        var claimed = await ledger.TryClaimNotificationAttemptAsync(read!, holdUntil, CancellationToken.None);

        Assert.IsTrue(claimed);
        var row = organization.Handover(Ids.Handover);
        Assert.AreEqual(1, row.GetAttributeValue<int?>(HandoverSchema.NotificationAttempts));
        Assert.AreEqual(holdUntil.UtcDateTime, row.GetAttributeValue<DateTime?>(HandoverSchema.NextNotificationAttemptOn));
    }

    [TestMethod]
    public async Task TryClaim_RowChangedSinceRead_StandsDownAndChangesNothing()
    {
        var organization = TestOrganization.Create().WithStandardHandover();
        using var host = new FunctionsTestHost(organization);
        var ledger = host.Get<HandoverLedger>();
        var read = await ledger.FindAsync(Ids.Handover, CancellationToken.None);
        var otherDelivery = await ledger.FindAsync(Ids.Handover, CancellationToken.None);
        await ledger.TryClaimNotificationAttemptAsync(otherDelivery!, TestOrganization.Start.AddMinutes(7), CancellationToken.None);

        var claimed = await ledger.TryClaimNotificationAttemptAsync(read!, TestOrganization.Start.AddMinutes(9), CancellationToken.None);

        Assert.IsFalse(claimed);
        Assert.AreEqual(1, organization.Handover(Ids.Handover).GetAttributeValue<int?>(HandoverSchema.NotificationAttempts));
    }

    [TestMethod]
    public async Task Find_HandoverDoesNotExist_IsNull()
    {
        using var host = new FunctionsTestHost(TestOrganization.Create());

        var found = await host.Get<HandoverLedger>().FindAsync(Ids.Handover, CancellationToken.None);

        Assert.IsNull(found);
    }

    [TestMethod]
    public async Task Find_StandardHandover_ReadsEveryColumnTheSenderNeeds()
    {
        using var host = new FunctionsTestHost(TestOrganization.Create().WithStandardHandover());

        var found = await host.Get<HandoverLedger>().FindAsync(Ids.Handover, CancellationToken.None);

        Assert.AreEqual(Ids.Lead, found!.LeadId);
        Assert.AreEqual(Ids.Rep, found.RepId);
        Assert.AreEqual(LeadTier.Hot, found.Tier);
        Assert.AreEqual(HandoverBuilder.DueOn, found.DueOn);
        Assert.AreEqual(HandoverStatus.Awaiting, found.HandoverStatus);
        Assert.AreEqual(NotificationStatus.Pending, found.NotificationStatus);
        Assert.IsNotNull(found.RowVersion);
    }
}
