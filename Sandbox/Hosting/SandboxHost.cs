using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Acknowledgement;
using Dataverse.LeadHandover.Functions.Dataverse;
using Dataverse.LeadHandover.Functions.Health;
using Dataverse.LeadHandover.Functions.Notifications;
using Dataverse.LeadHandover.Functions.Notifications.Teams;
using Dataverse.LeadHandover.Functions.Options;
using Dataverse.LeadHandover.Functions.Sweep;
using Dataverse.LeadHandover.Functions.Webhooks;
using Dataverse.LeadHandover.InMemory;
using Dataverse.LeadHandover.Sandbox.Clock;
using Dataverse.LeadHandover.Sandbox.Demo;
using Dataverse.LeadHandover.Sandbox.FunctionsHost;
using Dataverse.LeadHandover.Sandbox.Metadata;
using Dataverse.LeadHandover.Sandbox.Organization;
using Dataverse.LeadHandover.Sandbox.Pages;
using Dataverse.LeadHandover.Sandbox.Persistence;
using Dataverse.LeadHandover.Sandbox.Sla;
using Dataverse.LeadHandover.Sandbox.Teams;
using Dataverse.LeadHandover.Sandbox.WebApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dataverse.LeadHandover.Sandbox.Hosting;

/// <summary>
/// The web sandbox in one process: the organization (restored, or new and seeded), the Functions' services and
/// HTTP functions, the webhook step registered from Solution/postdeployment and posting over loopback HTTP, the
/// in-process notification queue, the sandbox's Teams, the Web API subset and the pages. Bound to 127.0.0.1 only.
/// </summary>
internal sealed class SandboxHost : IAsyncDisposable
{
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(30);

    private readonly WebApplication app;
    private readonly AsyncOperationPump pump;
    private readonly InProcessNotificationQueue queue;

    private SandboxHost(WebApplication app, SandboxRuntime runtime)
    {
        this.app = app;
        Runtime = runtime;
        pump = app.Services.GetRequiredService<AsyncOperationPump>();
        queue = app.Services.GetRequiredService<InProcessNotificationQueue>();
    }

    public SandboxRuntime Runtime { get; }

    public Uri BaseUri => Runtime.BaseUri;

    public IServiceProvider Services => app.Services;

    public static async Task<SandboxHost> StartAsync(SandboxOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Drains block a thread while the webhook they post to is answered by another; don't make the pool grow slowly for that.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), Math.Max(io, 16));

        var layout = RepositoryLayout.Find();
        var saved = options.Reset ? null : SandboxStateFile.Load(options.StatePath);
        var clock = new SandboxClock(saved?.Clock ?? DemoOrganization.Start, running: false);
        var organization = saved is null
            ? SandboxOrganization.CreateEmpty(clock, layout)
            : SandboxOrganization.Restore(clock, layout, saved.Users, dataverse => dataverse.Store.ImportRows(RowIdRemap.Apply(saved.Rows, new System.Collections.Generic.Dictionary<Guid, Guid>
            {
                [saved.SystemUserId] = dataverse.SystemUserId,
                [saved.RootBusinessUnitId] = dataverse.RootBusinessUnitId,
            })));
        var teams = new TeamsInbox();
        teams.Restore(saved?.TeamsPosts ?? []);
        var port = options.Port ?? FreePort.Find();
        var baseUri = new Uri("http://127.0.0.1:" + port + "/");
        var runtime = new SandboxRuntime(
            organization, clock, SolutionMetadata.Load(layout.SolutionSource), teams, layout,
            saved?.LinkSigningKey ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), baseUri);

        var app = Build(runtime, options, port);
        var host = new SandboxHost(app, runtime);
        host.RegisterWebhook();
        await app.StartAsync(cancellationToken);
        if (saved is null)
        {
            await new DemoOrganization(organization, clock, host.SettleAsync).SeedAsync(cancellationToken);
        }

        if (options.ClockRunning)
        {
            clock.Run();
        }

        app.Services.GetRequiredService<StateSaver>().SaveNow();
        return host;
    }

    /// <summary>
    /// Lets queued work finish as it would within seconds in Dataverse and Azure: the asynchronous steps (the webhook),
    /// then every notification the webhook queued (the Teams card).
    /// </summary>
    public async Task SettleAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        do
        {
            await Task.Run(pump.DrainNow, cancellationToken);
            while (queue.Pending > 0)
            {
                if (deadline.Elapsed > SettleTimeout)
                {
                    throw new TimeoutException("Handover notifications did not finish within " + SettleTimeout.TotalSeconds + " seconds.");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, cancellationToken);
            }
        }
        while (await Task.Run(pump.DrainNow, cancellationToken) > 0);
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static WebApplication Build(SandboxRuntime runtime, SandboxOptions options, int port)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = runtime.Layout.WebRoot,
            WebRootPath = runtime.Layout.WebRoot,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders().AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (!options.Quiet)
        {
            builder.Logging.AddFilter("Dataverse.LeadHandover", LogLevel.Information);
        }

        var endpoint = WebhookStepFile.ReadEndpoint(runtime.Layout.ServiceEndpoints);
        var secret = WebhookSecret.Generate(endpoint.KeyHeaderName);
        builder.Configuration.AddInMemoryCollection(FunctionSettings.For(
            runtime.BaseUri, runtime.Organization.Dataverse.OrganizationId, secret, runtime.LinkSigningKey, new Uri(runtime.BaseUri, TeamsEndpoints.WorkflowPath + "?sig=sandbox")));

        var services = builder.Services;
        services.AddSingleton(runtime);
        services.AddSingleton(options);
        services.AddSingleton(runtime.Organization);
        services.AddSingleton(runtime.Clock);
        services.AddSingleton<TimeProvider>(runtime.Clock);
        services.AddSingleton(runtime.Metadata);
        services.AddSingleton(runtime.Teams);
        services.AddSingleton(secret);
        services.AddSingleton<IDataverseClientFactory>(new InMemoryDataverseClientFactory(runtime.Organization.Dataverse, runtime.Organization.Users.FunctionsAppUserId));
        services.AddSingleton<InProcessNotificationQueue>();
        services.AddSingleton<IHandoverNotificationQueue>(provider => provider.GetRequiredService<InProcessNotificationQueue>());

        // Teams counts posts per second of real time, and the sandbox clock jumps (or stands still in tests): the
        // channel's rate limit keeps real time, or a frozen clock would hold the fifth post of a second forever.
        services.AddSingleton(provider => new TeamsChannelRateLimiter(provider.GetRequiredService<IOptions<TeamsOptions>>(), TimeProvider.System));
        services
            .AddLeadHandoverOptions()
            .AddDataverse()
            .AddHandoverWebhook()
            .AddHandoverNotifications()
            .AddHandoverAcknowledgement()
            .AddHealthReport()
            .AddSlaSweep()
            .AddFunctionClasses();
        services.AddSingleton<NotificationQueueWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<NotificationQueueWorker>());
        services.AddSingleton<AsyncOperationPump>();
        services.AddHostedService(provider => provider.GetRequiredService<AsyncOperationPump>());
        services.AddSingleton<StateSaver>();
        services.AddHostedService(provider => provider.GetRequiredService<StateSaver>());
        services.AddSingleton<SlaTimers>();
        services.AddHostedService<TimerSchedule>();
        services.AddHttpClient(nameof(DataverseWebhookSender), client => client.Timeout = TimeSpan.FromSeconds(60));

        var app = builder.Build();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.Use(async (context, next) =>
        {
            await next(context);

            // Anything but a read may have changed the organization or queued asynchronous work.
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                context.RequestServices.GetRequiredService<AsyncOperationPump>().Signal();
                context.RequestServices.GetRequiredService<StateSaver>().MarkDirty();
            }
        });
        app.MapFunctions();
        app.MapTeams();
        app.MapDataverseWebApi();
        app.MapPages();
        return app;
    }

    private void RegisterWebhook()
    {
        var layout = Runtime.Layout;
        var endpoint = WebhookStepFile.ReadEndpoint(layout.ServiceEndpoints);
        var route = HttpFunctionRoute.Of(typeof(HandoverCreatedWebhook));
        var sender = new DataverseWebhookSender(
            app.Services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(DataverseWebhookSender)),
            new Uri(BaseUri, route.Pattern),
            app.Services.GetRequiredService<WebhookSecret>(),
            "sandbox");
        var dataverse = Runtime.Organization.Dataverse;
        dataverse.RegisterServiceEndpoint(endpoint.Id, endpoint.Name, sender.PostAsync);
        foreach (var step in WebhookStepFile.ReadSteps(layout.WebhookSteps))
        {
            dataverse.RegisterStep(step);
        }
    }
}
