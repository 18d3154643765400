namespace Dataverse.LeadHandover.Domain.Intake;

/// <summary>
/// Whitespace rules for lead text. Each method returns the very same string instance when nothing
/// changes, so callers detect a change by reference and the common case allocates nothing.
/// "Whitespace" is <see cref="char.IsWhiteSpace(char)"/>, the same set <see cref="string.Trim()"/> removes.
/// </summary>
public static class LeadText
{
    /// <summary>Trims, collapses every inner whitespace run to one space; blank becomes null.</summary>
    public static string? SingleLine(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (IsAlreadySingleLine(value))
        {
            return value.Length == 0 ? null : value;
        }

        var buffer = new char[value.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = c;
        }

        return length == 0 ? null : new string(buffer, 0, length);
    }

    /// <summary>Trims the ends only, keeping the line breaks a person typed; blank becomes null.</summary>
    public static string? MultiLine(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var start = 0;
        var end = value.Length - 1;
        while (start <= end && char.IsWhiteSpace(value[start]))
        {
            start++;
        }

        while (end >= start && char.IsWhiteSpace(value[end]))
        {
            end--;
        }

        if (start > end)
        {
            return null;
        }

        return start == 0 && end == value.Length - 1 ? value : value.Substring(start, end - start + 1);
    }

    /// <summary>Single-line rules, then lower case (invariant): e-mail addresses compare case-insensitively in practice.</summary>
    public static string? Email(string? value)
    {
        var text = SingleLine(value);
        if (text is null || !HasUpperCase(text))
        {
            return text;
        }

        return text.ToLowerInvariant();
    }

    /// <summary>True when the text has at least one character that is not whitespace.</summary>
    public static bool HasText(string? value)
    {
        if (value is null)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAlreadySingleLine(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1]))
        {
            return false;
        }

        var previousWasSpace = false;
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c))
            {
                previousWasSpace = false;
                continue;
            }

            if (c != ' ' || previousWasSpace)
            {
                return false;
            }

            previousWasSpace = true;
        }

        return true;
    }

    private static bool HasUpperCase(string value)
    {
        foreach (var c in value)
        {
            if (char.ToLowerInvariant(c) != c)
            {
                return true;
            }
        }

        return false;
    }
}
