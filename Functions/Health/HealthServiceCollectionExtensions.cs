using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dataverse.LeadHandover.Functions.Health;

/// <summary>Registers the health report.</summary>
public static class HealthServiceCollectionExtensions
{
    public static IServiceCollection AddHealthReport(this IServiceCollection services)
    {
        services.TryAddSingleton<HealthReporter>();
        return services;
    }
}
