using System;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.InMemory;
using Dataverse.LeadHandover.Plugins.Pipeline;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Xrm.Sdk;

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
}
