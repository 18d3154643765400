using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Functions.Acknowledgement;
using Dataverse.LeadHandover.Functions.Dataverse;
using Dataverse.LeadHandover.Functions.Health;
using Dataverse.LeadHandover.Functions.Notifications;
using Dataverse.LeadHandover.Functions.Notifications.Teams;
using Dataverse.LeadHandover.Functions.Options;
using Dataverse.LeadHandover.Functions.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>
/// The Functions app's service collection as Program.cs builds it (the same Add… calls), with the outside world
/// replaced: the in-memory Dataverse, the organization's fake clock, a loopback Teams endpoint and an in-memory
/// queue. Without the in-memory Dataverse it runs the app's own ServiceClient factory with a recording managed identity; with the storage queue it is the real
/// queue, which the settings must point at Azurite. Function classes are resolved as the worker would create them.
/// </summary>
internal sealed class FunctionsTestHost : IDisposable
{
    private readonly ServiceProvider provider;

    public FunctionsTestHost(
        TestOrganization organization,
        Action<Dictionary<string, string?>>? adjustSettings = null,
        IHandoverNotificationQueue? queue = null,
        bool withDataverse = true,
        bool withStorageQueue = false,
        RecordingTokenCredential? dataverseCredential = null)
    {
        ArgumentNullException.ThrowIfNull(organization);
        Organization = organization;
        Teams = new LoopbackTeamsEndpoint(organization.Clock);
        Queue = queue as RecordingNotificationQueue ?? new RecordingNotificationQueue();
        var settings = TestSettings.Valid(organization.Dataverse.OrganizationId);
        adjustSettings?.Invoke(settings);

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(organization.Clock);
        if (withDataverse)
        {
            services.AddSingleton<IDataverseClientFactory>(new InMemoryDataverseClientFactory(organization.Dataverse, Ids.FunctionsAppUser));
        }
        else
        {
            // The app's own ServiceClient factory; only the managed identity is replaced, so no test calls Azure.
            DataverseCredential = dataverseCredential ?? new RecordingTokenCredential(organization.Clock);
            services.AddSingleton(new DataverseAccessTokens(DataverseCredential, organization.Clock));
        }

        if (!withStorageQueue)
        {
            services.AddSingleton(queue ?? Queue);
        }

        services
            .AddLeadHandoverOptions()
            .AddDataverse()
            .AddHandoverWebhook()
            .AddHandoverNotifications()
            .AddHandoverAcknowledgement()
            .AddHealthReport();
        services.AddHttpClient<TeamsWorkflowClient>().ConfigurePrimaryHttpMessageHandler(Teams.CreateHandler);
        services.AddTransient<HandoverCreatedWebhook>();
        services.AddTransient<SendHandoverNotification>();
        services.AddTransient<AcknowledgeHandoverPage>();
        services.AddTransient<RejectHandoverPage>();
        services.AddTransient<HealthCheck>();
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public TestOrganization Organization { get; }

    /// <summary>The managed identity's stand-in when the host runs the app's own ServiceClient factory.</summary>
    public RecordingTokenCredential? DataverseCredential { get; }

    public LoopbackTeamsEndpoint Teams { get; }

    /// <summary>The in-memory queue (when the test did not bring its own).</summary>
    public RecordingNotificationQueue Queue { get; }

    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    public void Dispose() => provider.Dispose();
}
