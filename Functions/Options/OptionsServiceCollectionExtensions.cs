using Microsoft.Extensions.DependencyInjection;

namespace Dataverse.LeadHandover.Functions.Options;

/// <summary>Binds every options section, validates it with data annotations, and fails start-up naming a bad setting.</summary>
public static class OptionsServiceCollectionExtensions
{
    public static IServiceCollection AddLeadHandoverOptions(this IServiceCollection services)
    {
        Add<DataverseOptions>(services, DataverseOptions.SectionName);
        Add<WebhookOptions>(services, WebhookOptions.SectionName);
        Add<TeamsOptions>(services, TeamsOptions.SectionName);
        Add<AcknowledgementOptions>(services, AcknowledgementOptions.SectionName);
        Add<QueueOptions>(services, QueueOptions.SectionName);
        return services;
    }

    private static void Add<TOptions>(IServiceCollection services, string sectionName)
        where TOptions : class =>
        services.AddOptions<TOptions>().BindConfiguration(sectionName).ValidateDataAnnotations().ValidateOnStart();
}
