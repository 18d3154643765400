using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Functions.Dataverse;
using Dataverse.LeadHandover.Functions.Notifications;
using Dataverse.LeadHandover.Functions.Notifications.Teams;
using Dataverse.LeadHandover.Functions.Options;
using Dataverse.LeadHandover.Functions.Sweep;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Dataverse.LeadHandover.Functions.Timers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.PowerPlatform.Dataverse.Client;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// The Functions app's services for the timers, as Program.cs builds them (options, Dataverse, notifications, then
/// <c>AddSlaSweep()</c>), over the sweep organization: its fake clock, a loopback Teams endpoint (shared when two
/// hosts play two overlapping instances) and, if the test wants one, a decorator in front of Dataverse.
/// </summary>
internal sealed class SweepHost : IDisposable
{
    private readonly ServiceProvider provider;

    public SweepHost(
        SweepOrganization organization,
        LoopbackTeamsEndpoint? teams = null,
        Func<IOrganizationServiceAsync2, IOrganizationServiceAsync2>? decorate = null,
        Action<Dictionary<string, string?>>? adjustSettings = null,
        Action<IServiceCollection>? replace = null)
    {
        ArgumentNullException.ThrowIfNull(organization);
        Organization = organization;
        Teams = teams ?? new LoopbackTeamsEndpoint(organization.Clock);
        var settings = TestSettings.Valid(organization.Dataverse.OrganizationId);
        adjustSettings?.Invoke(settings);

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddSingleton<TimeProvider>(organization.Clock);
        services.AddSingleton<IDataverseClientFactory>(new DecoratedClientFactory(organization.Dataverse, Ids.FunctionsAppUser, decorate ?? (service => service)));
        replace?.Invoke(services);
        services
            .AddLeadHandoverOptions()
            .AddDataverse()
            .AddHandoverNotifications()
            .AddSlaSweep();
        services.AddHttpClient<TeamsWorkflowClient>().ConfigurePrimaryHttpMessageHandler(Teams.CreateHandler);
        services.AddTransient<SlaSweep>();
        services.AddTransient<FollowUpCadence>();
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public SweepOrganization Organization { get; }

    public LoopbackTeamsEndpoint Teams { get; }

    public LogRecorder Logs { get; } = new();

    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    public void Dispose() => provider.Dispose();
}
