using System;
using System.Text.RegularExpressions;

namespace Dataverse.LeadHandover.Sandbox.WebApi;

/// <summary>
/// A resource path of the Web API subset: an entity set (<c>leads</c>) or one row of it (<c>leads(&lt;guid&gt;)</c>).
/// Also reads the paths <c>@odata.bind</c> values carry (<c>/lh_leadsources(&lt;guid&gt;)</c>, or an absolute URL).
/// </summary>
internal sealed partial record EntitySetPath(string EntitySet, Guid? Id)
{
    public static EntitySetPath? Parse(string? path)
    {
        var text = (path ?? string.Empty).Trim();
        var lastSlash = text.LastIndexOf('/');
        var segment = lastSlash >= 0 ? text[(lastSlash + 1)..] : text;
        var match = Segment().Match(segment);
        if (!match.Success)
        {
            return null;
        }

        return new EntitySetPath(match.Groups["set"].Value, match.Groups["id"].Success ? Guid.Parse(match.Groups["id"].Value) : null);
    }

    [GeneratedRegex(@"^(?<set>[A-Za-z_][A-Za-z0-9_]*)(\((?<id>[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Segment();
}
