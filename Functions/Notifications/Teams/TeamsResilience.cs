using System;
using System.Net.Http;
using Dataverse.LeadHandover.Functions.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Dataverse.LeadHandover.Functions.Notifications.Teams;

/// <summary>
/// The Teams post's resilience pipeline, outermost first: a total timeout, retries (exponential with jitter,
/// honouring Retry-After, on 408, 429, 5xx and transport errors), the channel's rate limiter — inside the retries, so
/// every attempt, a retry included, waits its turn — and a per-attempt timeout. Every delay runs on the app's
/// <see cref="TimeProvider"/>.
/// </summary>
public static class TeamsResilience
{
    public const string PipelineName = "teams-workflow";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(context);
        var services = context.ServiceProvider;
        var options = services.GetRequiredService<IOptions<TeamsOptions>>().Value;
        builder.TimeProvider = services.GetRequiredService<TimeProvider>();
        builder
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
            })
            .AddRateLimiter(services.GetRequiredService<TeamsChannelRateLimiter>())
            .AddTimeout(options.AttemptTimeout);
    }
}
