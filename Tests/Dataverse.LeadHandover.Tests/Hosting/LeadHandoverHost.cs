using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.InMemory;
using Dataverse.LeadHandover.Plugins.Pipeline;
using Dataverse.LeadHandover.Tests.Builders;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Tests.Hosting;

/// <summary>
/// An organization with the Lead Handover solution imported: tables, environment variables and the real
/// plug-in steps exactly as registered under Solution/, over the in-memory Dataverse.
/// </summary>
internal sealed class LeadHandoverHost
{
    /// <summary>Monday 2 March 2026, 09:00 UTC: inside everyone's working hours.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private LeadHandoverHost()
    {
        Clock = new FakeTimeProvider(Start);
        Dataverse = new InMemoryDataverse(Clock);
        Load = SolutionLoader.Load(Dataverse, RepositoryPaths.SolutionSource, name => typeof(PluginBase).Assembly.GetType(name));
        MarketingUserId = Dataverse.AddUser("Marketing User", null, "Lead Handover Sales Rep");
        AdministratorId = Dataverse.AddUser("Handover Administrator", null, "Lead Handover Administrator");
        IntegrationUserId = Dataverse.AddUser("Functions Integration", null, "Lead Handover Integration");
    }

    public FakeTimeProvider Clock { get; }

    public InMemoryDataverse Dataverse { get; }

    public SolutionLoadResult Load { get; }

    public Guid MarketingUserId { get; }

    public Guid AdministratorId { get; }

    public Guid IntegrationUserId { get; }

    /// <summary>The service marketing uses: forms, imports and the Web API all arrive as a user like this.</summary>
    public IOrganizationService Marketing => Dataverse.ServiceFor(MarketingUserId);

    public IOrganizationService Administrator => Dataverse.ServiceFor(AdministratorId);

    public IOrganizationService Integration => Dataverse.ServiceFor(IntegrationUserId);

    public IOrganizationService System => Dataverse.ServiceFor(Dataverse.SystemUserId);

    public static LeadHandoverHost Create() => new();

    /// <summary>Adds a lead source to the catalogue (as an administrator would) and returns its id.</summary>
    public Guid AddSource(string name, bool active = true, int? leadSourceCode = null, Guid? campaignId = null, string? utmCodes = null)
    {
        var source = new Entity(LeadSourceSchema.EntityName)
        {
            [LeadSourceSchema.Name] = name,
            [LeadSourceSchema.LeadSourceCode] = leadSourceCode,
            [LeadSourceSchema.CampaignId] = campaignId is Guid c ? new EntityReference("campaign", c) : null,
            [LeadSourceSchema.UtmCodes] = utmCodes,
        };
        var id = System.Create(source);
        if (!active)
        {
            System.Execute(new Microsoft.Crm.Sdk.Messages.SetStateRequest
            {
                EntityMoniker = new EntityReference(LeadSourceSchema.EntityName, id),
                State = new OptionSetValue(1),
                Status = new OptionSetValue(2),
            });
        }

        return id;
    }

    /// <summary>Replaces the handover policy's current value, as an admin does in the environment variable.</summary>
    public void SetPolicy(string json)
    {
        var definitions = System.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryByAttribute("environmentvariabledefinition")
        {
            ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet("environmentvariabledefinitionid"),
            Attributes = { "schemaname" },
            Values = { EnvironmentVariableNames.HandoverPolicy },
        });
        System.Create(new Entity("environmentvariablevalue")
        {
            ["schemaname"] = EnvironmentVariableNames.HandoverPolicy,
            ["value"] = json,
            ["environmentvariabledefinitionid"] = definitions.Entities[0].ToEntityReference(),
        });
    }

    /// <summary>The role a manager needs to choose owners, acknowledge for reps and override the disqualify gate.</summary>
    public const string SalesManagerRole = "Lead Handover Sales Manager";

    public const string SalesRepRole = "Lead Handover Sales Rep";

    public IOrganizationService As(Guid userId) => Dataverse.ServiceFor(userId);

    /// <summary>Adds a user; with <paramref name="managerId"/> their manager is set as systemuser.parentsystemuserid.</summary>
    public Guid AddUser(string fullName, Guid? managerId, params string[] roles)
    {
        var id = Dataverse.AddUser(fullName, null, roles);
        if (managerId is Guid manager)
        {
            System.Update(new Entity("systemuser", id) { ["parentsystemuserid"] = new EntityReference("systemuser", manager) });
        }

        return id;
    }

    public Guid AddSalesManager(string fullName) => AddUser(fullName, null, SalesManagerRole);

    /// <summary>Makes <paramref name="managerId"/> the manager of marketing's user, who owns new leads: a fallback goes there.</summary>
    public void SetMarketingManager(Guid managerId) =>
        System.Update(new Entity("systemuser", MarketingUserId) { ["parentsystemuserid"] = new EntityReference("systemuser", managerId) });

    /// <summary>Adds a business calendar with its holidays (local dates) and returns its id.</summary>
    public Guid AddCalendar(string name, string timeZone, string workingHours, params DateTime[] holidays)
    {
        var id = System.Create(new Entity(BusinessCalendarSchema.EntityName)
        {
            [BusinessCalendarSchema.Name] = name,
            [BusinessCalendarSchema.TimeZone] = timeZone,
            [BusinessCalendarSchema.WorkingHours] = workingHours,
        });
        foreach (var day in holidays)
        {
            System.Create(new Entity(HolidaySchema.EntityName)
            {
                [HolidaySchema.Name] = "Holiday " + day.ToString("yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture),
                [HolidaySchema.CalendarId] = new EntityReference(BusinessCalendarSchema.EntityName, id),
                [HolidaySchema.Date] = DateTime.SpecifyKind(day.Date, DateTimeKind.Utc),
            });
        }

        return id;
    }

    /// <summary>Adds a sales rep (a user with the rep role) and their profile; returns the user id.</summary>
    public Guid AddRep(RepBuilder rep)
    {
        ArgumentNullException.ThrowIfNull(rep);
        var userId = Dataverse.AddUser(rep.Name, null, SalesRepRole);
        System.Create(rep.ProfileFor(userId));
        return userId;
    }

    /// <summary>The rep's profile row.</summary>
    public Entity ProfileOf(Guid repUserId) =>
        System.RetrieveMultiple(new QueryByAttribute(RepProfileSchema.EntityName)
        {
            ColumnSet = new ColumnSet(true),
            Attributes = { RepProfileSchema.UserId },
            Values = { repUserId },
        }).Entities.Single();

    public Entity Lead(Guid leadId) => System.Retrieve(LeadSchema.EntityName, leadId, new ColumnSet(true));

    /// <summary>Every ledger row of the lead, oldest assignment first.</summary>
    public IReadOnlyList<Entity> HandoversOf(Guid leadId)
    {
        var query = new QueryExpression(HandoverSchema.EntityName) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(HandoverSchema.LeadId, ConditionOperator.Equal, leadId);
        query.AddOrder(HandoverSchema.AssignedOn, OrderType.Ascending);
        query.AddOrder("createdon", OrderType.Ascending);
        return System.RetrieveMultiple(query).Entities.ToList();
    }

    /// <summary>The lead's handovers still Awaiting or Acknowledged.</summary>
    public IReadOnlyList<Entity> OpenHandoversOf(Guid leadId) =>
        HandoversOf(leadId)
            .Where(h => h.GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus).Value is HandoverStatus.Awaiting or HandoverStatus.Acknowledged)
            .ToList();

    /// <summary>The activities of <paramref name="table"/> regarding the lead.</summary>
    public IReadOnlyList<Entity> ActivitiesOf(string table, Guid leadId)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition("regardingobjectid", ConditionOperator.Equal, leadId);
        return System.RetrieveMultiple(query).Entities.ToList();
    }
}
