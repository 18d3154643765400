using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Builders;

/// <summary>Builds lead rows with only the columns a test cares about.</summary>
internal sealed class LeadBuilder
{
    private readonly Entity lead;

    public LeadBuilder(Guid? id = null)
    {
        lead = new Entity("lead", id ?? KnownIds.Lead);
    }

    public LeadBuilder WithSubject(string subject) => With("subject", subject);

    public LeadBuilder WithEmployees(int count) => With("numberofemployees", count);

    public LeadBuilder WithRevenue(decimal amount) => With("revenue", new Money(amount));

    public LeadBuilder WithAccount(Guid accountId) => With("parentaccountid", new EntityReference("account", accountId));

    public LeadBuilder WithQuality(int quality) => With("leadqualitycode", new OptionSetValue(quality));

    public LeadBuilder WithCloseDate(DateTime date) => With("estimatedclosedate", date);

    public LeadBuilder With(string column, object? value)
    {
        lead[column] = value;
        return this;
    }

    public Entity Build() => lead;
}
