using System;
using System.Threading;
using Dataverse.LeadHandover.Functions.Acknowledgement;
using Dataverse.LeadHandover.Functions.Notifications.Teams;
using Dataverse.LeadHandover.Functions.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dataverse.LeadHandover.Functions.Notifications;

/// <summary>Registers the Teams sender: the resilient HTTP client, the channel's rate limiter and the notifier.</summary>
public static class NotificationServiceCollectionExtensions
{
    public static IServiceCollection AddHandoverNotifications(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HandoverLinks>();
        services.TryAddSingleton<TeamsChannelRateLimiter>();
        services.TryAddTransient<HandoverNotifier>();

        // The resilience pipeline owns timeouts; the default logging handlers are removed because they would log
        // the workflow URL, whose query string is the secret that lets anyone post to the channel.
        services.AddHttpClient<TeamsWorkflowClient>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddResilienceHandler(TeamsResilience.PipelineName, TeamsResilience.Configure);
        return services;
    }
}
