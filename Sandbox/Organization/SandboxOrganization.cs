extern alias plugins;

using System;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.InMemory;
using Microsoft.Xrm.Sdk;
using PluginBase = plugins::Dataverse.LeadHandover.Plugins.Pipeline.PluginBase;

namespace Dataverse.LeadHandover.Sandbox.Organization;

/// <summary>
/// An organization with the Lead Handover solution imported from this repository's Solution/ folder: its tables,
/// choices, environment variables, custom APIs and the real plug-ins registered from the solution's own steps.
/// </summary>
internal sealed class SandboxOrganization
{
    private SandboxOrganization(InMemoryDataverse dataverse, SolutionLoadResult load, SandboxUsers users)
    {
        Dataverse = dataverse;
        Load = load;
        Users = users;
    }

    public InMemoryDataverse Dataverse { get; }

    public SolutionLoadResult Load { get; }

    public SandboxUsers Users { get; }

    public TimeProvider Clock => Dataverse.Clock;

    public IOrganizationService System => Dataverse.ServiceFor(Dataverse.SystemUserId);

    public IOrganizationService Marketing => Dataverse.ServiceFor(Users.MarketingUserId);

    public IOrganizationService ApiClient => Dataverse.ServiceFor(Users.ApiClientUserId);

    /// <summary>An organization with the solution imported and the platform-side users, and no data yet.</summary>
    public static SandboxOrganization CreateEmpty(TimeProvider clock, RepositoryLayout layout)
    {
        var (dataverse, load) = ImportSolution(clock, layout);
        var users = new SandboxUsers(
            dataverse.AddUser(SandboxUsers.MarketingName, null, SandboxUsers.SalesRepRole),
            dataverse.AddUser(SandboxUsers.ApiClientName, null, SandboxUsers.SalesRepRole),
            dataverse.AddUser(SandboxUsers.FunctionsAppName, null, SandboxUsers.IntegrationRole));
        return new SandboxOrganization(dataverse, load, users);
    }

    /// <summary>
    /// An organization with the solution imported afresh (as an upgrade would) and the saved rows put back;
    /// <paramref name="restoreRows"/> receives the new organization and must import them.
    /// </summary>
    public static SandboxOrganization Restore(TimeProvider clock, RepositoryLayout layout, SandboxUsers users, Action<InMemoryDataverse> restoreRows)
    {
        ArgumentNullException.ThrowIfNull(restoreRows);
        var (dataverse, load) = ImportSolution(clock, layout);
        restoreRows(dataverse);
        return new SandboxOrganization(dataverse, load, users);
    }

    private static (InMemoryDataverse Dataverse, SolutionLoadResult Load) ImportSolution(TimeProvider clock, RepositoryLayout layout)
    {
        var dataverse = new InMemoryDataverse(clock);
        var load = SolutionLoader.Load(dataverse, layout.SolutionSource, name => typeof(PluginBase).Assembly.GetType(name));

        foreach (var message in new[] { "Create", "Update" })
        {
            dataverse.RegisterStep(new StepRegistration("Sandbox: lead full name (" + message + ")", message, LeadSchema.EntityName, PipelineStage.PreOperation, StepMode.Synchronous, typeof(ComputedLeadName))
            {
                // After the solution's own PreOperation steps, which normalise the names.
                Rank = 100,
                FilteringAttributes = message == "Update" ? [LeadSchema.FirstName, LeadSchema.LastName] : [],
                Images = message == "Update" ? [new StepImage(StepImageType.PreImage, ComputedLeadName.PreImageAlias, [LeadSchema.FirstName, LeadSchema.LastName])] : [],
            });
        }

        return (dataverse, load);
    }
}
