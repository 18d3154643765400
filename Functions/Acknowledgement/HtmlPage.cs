using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Dataverse.LeadHandover.Functions.Acknowledgement;

/// <summary>
/// A plain, accessible page: a language, a title, one heading, paragraphs, an optional form and links. Every
/// value is HTML-encoded here, so callers pass raw text. No script; the only style is inline and small.
/// </summary>
public sealed record HtmlPage(int StatusCode, string Title, IReadOnlyList<string> Paragraphs)
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;line-height:1.5;margin:2rem auto;max-width:36rem;padding:0 1rem}"
        + "button{font-size:1rem;padding:.5rem 1.25rem}textarea{width:100%;font:inherit}"
        + "[role=alert]{color:#a4262c;font-weight:bold}";

    public HtmlForm? Form { get; init; }

    public IReadOnlyList<(string Text, Uri Url)> Links { get; init; } = [];

    public string Render()
    {
        var encoder = HtmlEncoder.Default;
        var html = new StringBuilder(1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"robots\" content=\"noindex, nofollow\">\n")
            .Append("<title>").Append(encoder.Encode(Title)).Append(" – Lead handover</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>").Append(encoder.Encode(Title)).Append("</h1>\n");
        foreach (var paragraph in Paragraphs)
        {
            html.Append("<p>").Append(encoder.Encode(paragraph)).Append("</p>\n");
        }

        if (Form is not null)
        {
            AppendForm(html, encoder, Form);
        }

        if (Links.Count > 0)
        {
            html.Append("<ul>\n");
            foreach (var (text, url) in Links)
            {
                html.Append("<li><a href=\"").Append(encoder.Encode(url.AbsoluteUri)).Append("\">")
                    .Append(encoder.Encode(text)).Append("</a></li>\n");
            }

            html.Append("</ul>\n");
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void AppendForm(StringBuilder html, HtmlEncoder encoder, HtmlForm form)
    {
        html.Append("<form method=\"post\" action=\"").Append(encoder.Encode(form.Action)).Append("\">\n")
            .Append("<input type=\"hidden\" name=\"").Append(AcknowledgementRoutes.TokenField)
            .Append("\" value=\"").Append(encoder.Encode(form.Token)).Append("\">\n");
        if (form.AsksForReason)
        {
            if (form.Error is not null)
            {
                html.Append("<p id=\"reason-error\" role=\"alert\">").Append(encoder.Encode(form.Error)).Append("</p>\n");
            }

            html.Append("<p><label for=\"reason\">Why can't you take this lead? (required)</label><br>\n")
                .Append("<textarea id=\"reason\" name=\"").Append(AcknowledgementRoutes.ReasonField)
                .Append("\" rows=\"5\" required maxlength=\"")
                .Append(HandoverAcknowledgement.MaxReasonLength.ToString(CultureInfo.InvariantCulture)).Append('"')
                .Append(form.Error is null ? string.Empty : " aria-invalid=\"true\" aria-describedby=\"reason-error\"")
                .Append("></textarea></p>\n");
        }

        html.Append("<p><button type=\"submit\">").Append(encoder.Encode(form.SubmitLabel)).Append("</button></p>\n</form>\n");
    }
}
