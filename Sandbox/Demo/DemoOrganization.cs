using System;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Sandbox.Clock;
using Dataverse.LeadHandover.Sandbox.Organization;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Sandbox.Demo;

/// <summary>
/// Seeds a fresh sandbox with a working Monday: the roster, the source catalogue and leads in every state, each
/// pushed through the real plug-ins and custom APIs at its own time of day, so the ledger, the views and the
/// inboxes show what a morning of handovers looks like. After each change <c>settle</c> lets the asynchronous
/// webhook and the Teams notification run, as they would within seconds in Dataverse and Azure.
/// </summary>
internal sealed class DemoOrganization(SandboxOrganization organization, SandboxClock clock, Func<CancellationToken, Task> settle)
{
    /// <summary>Monday 2 March 2026, 09:00 UTC: London opens, Berlin is an hour in, New York still asleep.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>14:30 UTC, when the seeded morning ends and the sandbox is yours: everyone but the west coast is at work.</summary>
    public static readonly DateTimeOffset LiveFrom = new(2026, 3, 2, 14, 30, 0, TimeSpan.Zero);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var people = DemoPeople.Add(organization, clock.GetUtcNow());
        var sources = DemoSources.Add(organization.System);

        await At(9, 5, cancellationToken);
        var olivia = await HandOverAsync(DemoLead.Qualified("Olivia", "Hart", "Contoso Manufacturing", 12, 850).WithSource(sources.Website), cancellationToken);
        await After(12, cancellationToken);
        Acknowledge(olivia);

        await At(9, 25, cancellationToken);
        var noah = await HandOverAsync(DemoLead.Qualified("Noah", "Becker", "Fabrikam Insurance", 20, 1500).With(LeadSchema.Address1Country, "Germany").Rated(LeadChoiceLabels.LeadQualityWarm).WithSource(sources.PartnerReferrals), cancellationToken);
        await After(45, cancellationToken);
        Acknowledge(noah);

        await At(10, 20, cancellationToken);
        await HandOverAsync(DemoLead.Nurturing("Liam", "O'Connor", "Proseware").With(LeadSchema.UtmSource, "google").With(LeadSchema.UtmCampaign, "spring-sale"), cancellationToken);

        await At(10, 40, cancellationToken);
        await HandOverAsync(DemoLead.Nurturing("Sofia", "Rossi", "Wide World Importers").With(LeadSchema.CampaignId, new EntityReference("campaign", DemoSources.SpringWebinarCampaign)), cancellationToken);

        await At(11, 0, cancellationToken);
        var mia = await HandOverAsync(DemoLead.Qualified("Mia", "Laurent", "Northwind Traders", 33, 300).With(LeadSchema.Address1Country, "France").WithSource(sources.Website), cancellationToken);
        await After(8, cancellationToken);
        Reject(mia, "I'm visiting their main competitor this week, so another rep should take this one.");
        await settle(cancellationToken);

        await At(11, 30, cancellationToken);
        var lucas = await HandOverAsync(DemoLead.Qualified("Lucas", "Meyer", "Litware", 7, 120).With(LeadSchema.Address1Country, "Germany").Rated(LeadChoiceLabels.LeadQualityWarm).WithSource(sources.Website), cancellationToken);
        await After(20, cancellationToken);
        Acknowledge(lucas);
        await After(30, cancellationToken);
        organization.Dataverse.ServiceFor(people[DemoRoster.EmeaManager]).Update(new Entity(LeadSchema.EntityName, lucas)
        {
            [LeadSchema.StateCode] = new OptionSetValue(2),
            [LeadSchema.StatusCode] = new OptionSetValue(6),
            [LeadSchema.DisqualifyOverrideReason] = "Budget withdrawn after their merger; no point in more calls this quarter.",
        });

        await At(12, 15, cancellationToken);
        var isla = await HandOverAsync(DemoLead.Qualified("Isla", "Grant", "Adventure Works", 30, 2400).WithSource(sources.PartnerReferrals), cancellationToken);
        await After(5, cancellationToken);
        var islaRep = Acknowledge(isla);
        organization.Dataverse.ServiceFor(islaRep).Execute(new SetStateRequest
        {
            EntityMoniker = new EntityReference(LeadSchema.EntityName, isla),
            State = new OptionSetValue(1),
            Status = new OptionSetValue(3),
        });

        await At(13, 40, cancellationToken);
        await HandOverAsync(DemoLead.Qualified("Ethan", "Park", "Tailspin Toys", 25, 40).With(LeadSchema.Address1Country, "United States").Rated(LeadChoiceLabels.LeadQualityCold).WithSource(sources.GoogleAds), cancellationToken);

        await At(14, 10, cancellationToken);
        await HandOverAsync(DemoLead.Qualified("Ava", "Novak", "Woodgrove Bank", 16, 5000).With(LeadSchema.Address1Country, "United States").With(LeadSchema.ProductInterest, "Analytics").WithSource(sources.PartnerReferrals), cancellationToken);

        await At(LiveFrom.Hour, LiveFrom.Minute, cancellationToken);
    }

    private async Task<Guid> HandOverAsync(DemoLead lead, CancellationToken cancellationToken)
    {
        var id = organization.Marketing.Create(lead);
        await settle(cancellationToken);
        return id;
    }

    private Guid Acknowledge(Guid leadId)
    {
        var (handoverId, repId) = HandoverActions.CurrentOf(organization.System, leadId)
            ?? throw new InvalidOperationException("The demo expected lead " + leadId + " to have been handed over.");
        HandoverActions.Acknowledge(organization.Dataverse.ServiceFor(repId), handoverId);
        return repId;
    }

    private void Reject(Guid leadId, string reason)
    {
        var (handoverId, repId) = HandoverActions.CurrentOf(organization.System, leadId)
            ?? throw new InvalidOperationException("The demo expected lead " + leadId + " to have been handed over.");
        HandoverActions.Reject(organization.Dataverse.ServiceFor(repId), handoverId, reason);
    }

    private Task At(int hour, int minute, CancellationToken cancellationToken)
    {
        var target = new DateTimeOffset(Start.Year, Start.Month, Start.Day, hour, minute, 0, TimeSpan.Zero);
        var now = clock.GetUtcNow();
        if (target > now)
        {
            clock.Advance(target - now);
        }

        return settle(cancellationToken);
    }

    private Task After(int minutes, CancellationToken cancellationToken)
    {
        clock.Advance(TimeSpan.FromMinutes(minutes));
        return settle(cancellationToken);
    }
}
