using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Dataverse.LeadHandover.Functions.Acknowledgement;

/// <summary>
/// Writes an <see cref="HtmlPage"/> with the headers every acknowledgement response carries: nothing cached
/// (the page reflects the ledger now), no referrer (the URL holds the token), no framing, no scripts. A HEAD
/// request gets the same status and headers without a body.
/// </summary>
public sealed class HtmlPageResult(HtmlPage page) : IActionResult
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public HtmlPage Page { get; } = page;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.StatusCode = Page.StatusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        if (HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            return;
        }

        await response.WriteAsync(Page.Render(), Encoding.UTF8, context.HttpContext.RequestAborted);
    }
}
