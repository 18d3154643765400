using System;

namespace Dataverse.LeadHandover.Domain.Acknowledgement;

/// <summary>
/// Base64url without padding (RFC 4648 §5), so a token can sit in a query string without escaping. Written here
/// because .NET Framework 4.6.2 has no Base64Url type.
/// </summary>
internal static class Base64Url
{
    public static string Encode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || text.Length % 4 == 1)
        {
            return false;
        }

        foreach (var character in text)
        {
            var allowed = (character >= 'A' && character <= 'Z') || (character >= 'a' && character <= 'z')
                || (character >= '0' && character <= '9') || character == '-' || character == '_';
            if (!allowed)
            {
                return false;
            }
        }

        var standard = text.Replace('-', '+').Replace('_', '/');
        standard += new string('=', (4 - (standard.Length % 4)) % 4);
        bytes = Convert.FromBase64String(standard);

        // Only the canonical spelling is accepted, so one token has exactly one text form.
        return string.Equals(Encode(bytes), text, StringComparison.Ordinal);
    }
}
