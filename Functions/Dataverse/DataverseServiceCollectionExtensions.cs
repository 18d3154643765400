using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.PowerPlatform.Dataverse.Client;

namespace Dataverse.LeadHandover.Functions.Dataverse;

/// <summary>Registers the one long-lived Dataverse connection and the readers and writers built on it.</summary>
public static class DataverseServiceCollectionExtensions
{
    public static IServiceCollection AddDataverse(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDataverseClientFactory, UnconfiguredDataverseClientFactory>();

        // Created on first use, not at start-up: a slow login must not stall the host's start.
        services.TryAddSingleton<IOrganizationServiceAsync2>(
            provider => provider.GetRequiredService<IDataverseClientFactory>().CreateServiceClient());
        services.TryAddSingleton<HandoverLedger>();
        services.TryAddSingleton<LeadBriefReader>();
        services.TryAddSingleton<RepDirectory>();
        return services;
    }
}
