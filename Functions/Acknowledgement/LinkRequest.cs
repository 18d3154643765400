using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Dataverse.LeadHandover.Functions.Acknowledgement;

/// <summary>The token (and, for a rejection, the reason) a link request carries: from the posted form, else the query.</summary>
/// <param name="Token">The link token, or <see langword="null"/>.</param>
/// <param name="Reason">The rejection reason from the form, or <see langword="null"/>.</param>
public sealed record LinkRequest(string? Token, string? Reason)
{
    public static async Task<LinkRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? token = null;
        string? reason = null;
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            token = Single(form[AcknowledgementRoutes.TokenField]);
            reason = Single(form[AcknowledgementRoutes.ReasonField]);
        }

        token ??= Single(request.Query[AcknowledgementRoutes.TokenField]);
        return new LinkRequest(token, reason);
    }

    private static string? Single(StringValues values) => values.Count == 1 ? values[0] : null;
}
