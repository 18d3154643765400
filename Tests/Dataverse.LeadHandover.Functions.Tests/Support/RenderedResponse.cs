using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>What a browser receives once an <see cref="IActionResult"/> has run against the request's context.</summary>
internal sealed record RenderedResponse(int StatusCode, IHeaderDictionary Headers, string Body)
{
    public static async Task<RenderedResponse> RenderAsync(IActionResult result, HttpRequest request)
    {
        var context = request.HttpContext;
        if (context.Response.Body is not MemoryStream)
        {
            context.Response.Body = new MemoryStream();
        }

        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        var body = (MemoryStream)context.Response.Body;
        return new RenderedResponse(context.Response.StatusCode, context.Response.Headers, System.Text.Encoding.UTF8.GetString(body.ToArray()));
    }
}
