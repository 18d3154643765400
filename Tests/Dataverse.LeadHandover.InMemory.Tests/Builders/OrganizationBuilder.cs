using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.InMemory.Store;
using Microsoft.Extensions.Time.Testing;

namespace Dataverse.LeadHandover.InMemory.Tests.Builders;

/// <summary>
/// An in-memory organization with the tables the tests use: <c>lead</c> and <c>task</c> loosely typed, and
/// <c>lh_handover</c> fully typed with optimistic concurrency off.
/// </summary>
internal sealed class OrganizationBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly List<StepRegistration> _steps = [];
    private readonly List<CustomApiDefinition> _apis = [];

    public OrganizationBuilder WithStep(StepRegistration step)
    {
        _steps.Add(step);
        return this;
    }

    public OrganizationBuilder WithCustomApi(CustomApiDefinition api)
    {
        _apis.Add(api);
        return this;
    }

    public TestOrganization Build()
    {
        var clock = new FakeTimeProvider(Now);
        var dataverse = new InMemoryDataverse(clock);
        dataverse.Store.DefineTable(new TableDefinition("lead", "leadid") { PrimaryNameAttribute = "fullname" });
        dataverse.Store.DefineTable(new TableDefinition("task", "activityid") { PrimaryNameAttribute = "subject" });
        dataverse.Store.DefineTable(new TableDefinition("contact", "contactid") { PrimaryNameAttribute = "fullname" });
        dataverse.Store.DefineRelationship(new ManyToManyDefinition("lh_lead_contact", "lead", "contact", "lh_lead_contact"));
        foreach (var step in _steps)
        {
            dataverse.RegisterStep(step);
        }

        foreach (var api in _apis)
        {
            dataverse.RegisterCustomApi(api);
        }

        var userId = dataverse.AddUser("Riley Seller", null, "Salesperson");
        return new TestOrganization(dataverse, clock, userId);
    }
}
