using Dataverse.LeadHandover.Functions.Options;
using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// Registers the SLA sweep and the follow-up cadence with their options (section <c>Sweep</c>, validated at start).
/// They build on <c>AddDataverse()</c> (the Dataverse connection) and <c>AddHandoverNotifications()</c> (the notifier,
/// the Teams client and the signed links), which Program.cs registers before this.
/// </summary>
public static class SweepServiceCollectionExtensions
{
    public static IServiceCollection AddSlaSweep(this IServiceCollection services)
    {
        services.AddOptions<SweepOptions>().BindConfiguration(SweepOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ThrottleGuard>();

        // One instance keeps the reference data between runs.
        services.TryAddSingleton<SweepReferenceReader>();
        services.TryAddSingleton<DueHandoverReader>();
        services.TryAddSingleton<BatchWriter>();
        services.TryAddSingleton<StepRelease>();
        services.TryAddSingleton<ContactAttemptLog>();
        services.TryAddSingleton<SlaNoticeComposer>();

        // Transient like the typed Teams client it uses, so the client's handler is rotated as HttpClientFactory intends.
        services.TryAddTransient<ISlaNotices, TeamsSlaNotices>();
        services.TryAddTransient<SlaSweeper>();
        services.TryAddTransient<FollowUpCadenceCheck>();
        return services;
    }
}
