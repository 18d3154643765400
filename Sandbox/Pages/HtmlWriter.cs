using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Dataverse.LeadHandover.Sandbox.Pages;

/// <summary>
/// Writes HTML with every text and attribute value encoded, so nothing a lead, a rep or a plug-in wrote can become
/// markup. Only <see cref="Markup"/> writes raw text, and only the pages' own constants go through it.
/// </summary>
internal sealed class HtmlWriter
{
    // Markup characters are always encoded; letters of any script stay readable in the page source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder html = new(4096);

    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                html.Append(' ').Append(name).Append("=\"").Append(Encoder.Encode(value)).Append('"');
            }
        }

        html.Append('>');
        return this;
    }

    public HtmlWriter Close(string tag)
    {
        html.Append("</").Append(tag).Append('>');
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        if (text is not null)
        {
            html.Append(Encoder.Encode(text));
        }

        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlWriter Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>An element without content or end tag (<c>input</c>, <c>meta</c>, <c>link</c>).</summary>
    public HtmlWriter Void(string tag, params (string Name, string? Value)[] attributes) => Open(tag, attributes);

    /// <summary>A link whose text and address are both encoded.</summary>
    public HtmlWriter Link(string href, string text, params (string Name, string? Value)[] attributes) =>
        Element("a", text, [("href", href), .. attributes]);

    /// <summary>The pages' own fixed markup; never anything read from a request or the organization.</summary>
    public HtmlWriter Markup(string trusted)
    {
        html.Append(trusted);
        return this;
    }

    public override string ToString() => html.ToString();
}
