using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>
/// Stands where the managed identity would: hands out numbered tokens valid for <see cref="Lifetime"/> on the given
/// clock, records every scope asked for, and can be made to fail or to take a while.
/// </summary>
internal sealed class RecordingTokenCredential(TimeProvider clock) : TokenCredential
{
    private readonly TaskCompletionSource _asked = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _issued;

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(1);

    public Exception? Failure { get; set; }

    public TimeSpan Delay { get; set; }

    /// <summary>Never answers (an identity endpoint that hangs) until the caller's token is cancelled.</summary>
    public bool Hang { get; set; }

    /// <summary>Completes when the credential is first asked for a token.</summary>
    public Task Asked => _asked.Task;

    public ConcurrentQueue<string> Scopes { get; } = new();

    public int Issued => _issued;

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Scopes.Enqueue(string.Join(" ", requestContext.Scopes));
        _asked.TrySetResult();
        if (Hang)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        if (Failure is { } failure)
        {
            throw failure;
        }

        var number = Interlocked.Increment(ref _issued);
        return new AccessToken("token-" + number, clock.GetUtcNow() + Lifetime);
    }
}
