using System.Collections.Generic;
using System.IO;
using System.Text;
using Dataverse.LeadHandover.Functions.Acknowledgement;
using Microsoft.AspNetCore.Http;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>Browser requests to the acknowledgement pages: following the card's link, or posting the page's form.</summary>
internal static class PageRequests
{
    public static HttpRequest Follow(string method, string? token)
    {
        var request = NewRequest(method);
        if (token is not null)
        {
            request.QueryString = QueryString.Create(AcknowledgementRoutes.TokenField, token);
        }

        return request;
    }

    public static HttpRequest SubmitForm(string? token, string? reason = null)
    {
        var request = NewRequest(HttpMethods.Post);
        var fields = new List<KeyValuePair<string, string>>();
        if (token is not null)
        {
            fields.Add(new(AcknowledgementRoutes.TokenField, token));
        }

        if (reason is not null)
        {
            fields.Add(new(AcknowledgementRoutes.ReasonField, reason));
        }

        using var content = new System.Net.Http.FormUrlEncodedContent(fields);
        var bytes = content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        request.ContentType = "application/x-www-form-urlencoded";
        request.ContentLength = bytes.Length;
        request.Body = new MemoryStream(bytes);
        return request;
    }

    private static HttpRequest NewRequest(string method)
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        context.Request.Method = method;
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("functions.example.invalid");
        context.Request.Path = "/api/" + AcknowledgementRoutes.Acknowledge;
        return context.Request;
    }
}
