using Dataverse.LeadHandover.Functions.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dataverse.LeadHandover.Functions.Webhooks;

/// <summary>Registers what the Dataverse webhook needs: the key check and the notification queue.</summary>
public static class WebhookServiceCollectionExtensions
{
    public static IServiceCollection AddHandoverWebhook(this IServiceCollection services)
    {
        services.TryAddSingleton<WebhookKeyCheck>();
        services.TryAddSingleton<IHandoverNotificationQueue, StorageHandoverNotificationQueue>();
        return services;
    }
}
