using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dataverse.LeadHandover.Functions.Acknowledgement;

/// <summary>Registers the acknowledgement pages: link signing, the acknowledge/reject service and page texts.</summary>
public static class AcknowledgementServiceCollectionExtensions
{
    public static IServiceCollection AddHandoverAcknowledgement(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HandoverLinks>();
        services.TryAddSingleton<AcknowledgementPages>();
        services.TryAddSingleton<HandoverAcknowledgement>();
        return services;
    }
}
