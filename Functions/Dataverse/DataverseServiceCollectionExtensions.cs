using System;
using Azure.Identity;
using Dataverse.LeadHandover.Functions.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.PowerPlatform.Dataverse.Client;

namespace Dataverse.LeadHandover.Functions.Dataverse;

/// <summary>Registers the one long-lived Dataverse connection and the readers and writers built on it.</summary>
public static class DataverseServiceCollectionExtensions
{
    public static IServiceCollection AddDataverse(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new DataverseAccessTokens(
            ManagedIdentity(provider.GetRequiredService<IOptions<DataverseOptions>>().Value),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IDataverseClientFactory, ServiceClientFactory>();

        // Connected on the first call, not at start-up nor when a function is created: a slow or failing sign-in
        // must neither stall the host's start nor keep a function from answering.
        services.TryAddSingleton<IOrganizationServiceAsync2, DeferredDataverseClient>();
        services.TryAddSingleton<HandoverLedger>();
        services.TryAddSingleton<LeadBriefReader>();
        services.TryAddSingleton<RepDirectory>();
        return services;
    }

    // ManagedIdentityCredential, not DefaultAzureCredential: in Azure there is one right answer, and probing a chain
    // of developer credentials first only adds latency and surprises.
    private static ManagedIdentityCredential ManagedIdentity(DataverseOptions settings) =>
        new(string.IsNullOrWhiteSpace(settings.ManagedIdentityClientId)
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.FromUserAssignedClientId(settings.ManagedIdentityClientId));
}
