using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Builders;

/// <summary>
/// A small, fixed data set for query tests: two accounts with contacts, and three leads —
/// "Alpha Build" (Contoso, 10 staff, quality 1), "beta works" (Fabrikam, 50 staff, quality 2) and
/// "Gamma" (no account, no staff, no quality), owned by the sales user except Gamma.
/// </summary>
internal static class QueryScenario
{
    public static readonly DateTime AlphaClose = new(2024, 6, 1, 10, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime BetaClose = new(2024, 6, 15, 23, 30, 0, DateTimeKind.Utc);

    public static DataverseStore Build() => Seed(new StoreBuilder().Build());

    public static DataverseStore Seed(DataverseStore store)
    {
        store.Create(new Entity("account", KnownIds.Account) { ["name"] = "Contoso", ["address1_city"] = "Redmond" }, KnownIds.SalesUser);
        store.Create(new Entity("account", KnownIds.OtherAccount) { ["name"] = "Fabrikam", ["address1_city"] = "Dallas" }, KnownIds.SalesUser);
        store.Create(new Entity("contact", KnownIds.Contact) { ["fullname"] = "Dana Contoso", ["parentcustomerid"] = new EntityReference("account", KnownIds.Account) }, KnownIds.SalesUser);
        store.Create(new Entity("contact", KnownIds.OtherContact) { ["fullname"] = "Eli Contoso", ["parentcustomerid"] = new EntityReference("account", KnownIds.Account) }, KnownIds.SalesUser);

        store.Create(new LeadBuilder(KnownIds.Lead).WithSubject("Alpha Build").WithEmployees(10).WithRevenue(100m).WithQuality(1)
            .WithCloseDate(AlphaClose).WithAccount(KnownIds.Account).Build(), KnownIds.SalesUser);
        store.Create(new LeadBuilder(KnownIds.OtherLead).WithSubject("beta works").WithEmployees(50).WithRevenue(500m).WithQuality(2)
            .WithCloseDate(BetaClose).WithAccount(KnownIds.OtherAccount).Build(), KnownIds.SalesUser);
        store.Create(new LeadBuilder(KnownIds.ThirdLead).WithSubject("Gamma").Build(), KnownIds.OtherUser);
        return store;
    }
}
