using System;
using System.IO;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.InMemory;
using Dataverse.LeadHandover.Plugins.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Sandbox;

/// <summary>An organization with the Lead Handover solution imported from this repository's Solution/ folder, plus demo users and sources.</summary>
internal sealed class SandboxOrganization
{
    private SandboxOrganization(InMemoryDataverse dataverse, SolutionLoadResult load)
    {
        Dataverse = dataverse;
        Load = load;
        MarketingUserId = dataverse.AddUser("Marketing (web forms)", null, "Lead Handover Sales Rep");
        IntegrationUserId = dataverse.AddUser("Migration service", null, "Lead Handover Integration");
    }

    public InMemoryDataverse Dataverse { get; }

    public SolutionLoadResult Load { get; }

    public Guid MarketingUserId { get; }

    public Guid IntegrationUserId { get; }

    public IOrganizationService Marketing => Dataverse.ServiceFor(MarketingUserId);

    public IOrganizationService Integration => Dataverse.ServiceFor(IntegrationUserId);

    public IOrganizationService System => Dataverse.ServiceFor(Dataverse.SystemUserId);

    public static SandboxOrganization Create(TimeProvider clock)
    {
        var dataverse = new InMemoryDataverse(clock);
        var load = SolutionLoader.Load(dataverse, FindSolutionSource(), name => typeof(PluginBase).Assembly.GetType(name));
        return new SandboxOrganization(dataverse, load);
    }

    public Guid AddSource(string name, int? leadSourceCode = null, Guid? campaignId = null, string? utmCodes = null, bool active = true)
    {
        var id = System.Create(new Entity(LeadSourceSchema.EntityName)
        {
            [LeadSourceSchema.Name] = name,
            [LeadSourceSchema.LeadSourceCode] = leadSourceCode,
            [LeadSourceSchema.CampaignId] = campaignId is Guid c ? new EntityReference("campaign", c) : null,
            [LeadSourceSchema.UtmCodes] = utmCodes,
        });
        if (!active)
        {
            System.Execute(new SetStateRequest { EntityMoniker = new EntityReference(LeadSourceSchema.EntityName, id), State = new OptionSetValue(1), Status = new OptionSetValue(2) });
        }

        return id;
    }

    private static string FindSolutionSource()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "Solution", "src");
                if (File.Exists(Path.Combine(folder.FullName, "Dataverse.LeadHandover.sln")) && Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("Run the sandbox from inside the Dataverse.LeadHandover repository: it loads the solution from Solution/src.");
    }
}
