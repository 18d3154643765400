using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>
/// Stands in for the Teams Workflows webhook inside the process: records every post with the fake clock's time
/// and answers from a script (202 Accepted, as the workflow trigger does, once the script runs out). No network.
/// </summary>
internal sealed class LoopbackTeamsEndpoint(TimeProvider clock)
{
    private readonly TimeProvider clock = clock;
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> script = new();
    private readonly ConcurrentQueue<ReceivedPost> posts = new();

    public IReadOnlyList<ReceivedPost> Posts => posts.ToList();

    /// <summary>The next posts get these answers, in order.</summary>
    public LoopbackTeamsEndpoint RespondWith(params Func<HttpResponseMessage>[] responses)
    {
        foreach (var response in responses)
        {
            script.Enqueue(response);
        }

        return this;
    }

    public static HttpResponseMessage Accepted() => new(HttpStatusCode.Accepted);

    public static HttpResponseMessage TooManyRequests(TimeSpan retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(retryAfter);
        return response;
    }

    public static HttpResponseMessage Status(HttpStatusCode status) => new(status);

    public HttpMessageHandler CreateHandler() => new Handler(this);

    private sealed class Handler(LoopbackTeamsEndpoint endpoint) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            endpoint.posts.Enqueue(new ReceivedPost(request.RequestUri!, request.Content?.Headers.ContentType?.ToString(), body, endpoint.clock.GetUtcNow()));
            var response = endpoint.script.TryDequeue(out var next) ? next() : Accepted();
            response.RequestMessage = request;
            return response;
        }
    }
}
