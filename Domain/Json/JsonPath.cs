using System.Globalization;

namespace Dataverse.LeadHandover.Domain.Json;

/// <summary>
/// Builds JSONPath-style locations (<c>$.tiers[1].requires[3]</c>) so every problem in a
/// configuration text can point at the exact value an administrator has to fix.
/// </summary>
public static class JsonPath
{
    public const string Root = "$";

    public static string Property(string parent, string name)
    {
        if (IsPlainName(name))
        {
            return parent + "." + name;
        }

        // Names that are not identifiers are quoted so the path stays unambiguous.
        return parent + "['" + name.Replace("\\", "\\\\").Replace("'", "\\'") + "']";
    }

    public static string Index(string parent, int index) =>
        parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            var plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
            if (!plain)
            {
                return false;
            }
        }

        return true;
    }
}
