using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Builders;

/// <summary>Lead rows for tests.</summary>
internal sealed class LeadBuilder
{
    private readonly Entity _lead = new("lead");

    public LeadBuilder WithId(Guid id)
    {
        _lead.Id = id;
        return this;
    }

    public LeadBuilder Named(string fullName)
    {
        _lead["fullname"] = fullName;
        return this;
    }

    public LeadBuilder With(string column, object? value)
    {
        _lead[column] = value;
        return this;
    }

    public Entity Build() => _lead;
}
