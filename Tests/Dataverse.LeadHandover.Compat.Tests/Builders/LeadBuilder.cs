using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Compat.Tests.Builders;

/// <summary>Builds a <c>lead</c> row carrying one value of each SDK type a handover touches.</summary>
internal sealed class LeadBuilder
{
    private readonly Entity _lead = new("lead", KnownIds.Lead);

    public LeadBuilder WithSubject(string subject)
    {
        _lead["subject"] = subject;
        return this;
    }

    public LeadBuilder WithLeadSource(int leadSourceCode)
    {
        _lead["leadsourcecode"] = new OptionSetValue(leadSourceCode);
        return this;
    }

    public LeadBuilder WithBudget(decimal budget)
    {
        _lead["budgetamount"] = new Money(budget);
        return this;
    }

    public LeadBuilder WithParentContact(Guid contactId)
    {
        _lead["parentcontactid"] = new EntityReference("contact", contactId) { Name = "Dana Example" };
        return this;
    }

    public LeadBuilder WithHandoverDue(DateTime dueUtc)
    {
        _lead["lhv_handoverdue"] = dueUtc;
        return this;
    }

    public LeadBuilder WithEscalationCount(int count)
    {
        _lead["lhv_escalationcount"] = count;
        return this;
    }

    public LeadBuilder WithRowVersion(string rowVersion)
    {
        _lead.RowVersion = rowVersion;
        return this;
    }

    public Entity Build() => _lead;
}
