using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Dataverse.LeadHandover.Compat.Tests.Surface;

/// <summary>Microsoft's API lines for the stand-in types, grouped by type name.</summary>
internal sealed class MicrosoftListing
{
    private readonly Dictionary<string, List<string>> _lines;

    private MicrosoftListing(Dictionary<string, List<string>> lines)
    {
        _lines = lines;
    }

    public IEnumerable<string> TypeNames => _lines.Keys;

    public static MicrosoftListing Load()
    {
        using var stream = typeof(MicrosoftListing).Assembly.GetManifestResourceStream("MicrosoftPublicSurface.txt")
            ?? throw new InvalidOperationException("The embedded Microsoft listing is missing.");
        using var reader = new StreamReader(stream);
        var lines = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var typeName = line.Substring(0, line.IndexOf(" | ", StringComparison.Ordinal));
            if (!lines.TryGetValue(typeName, out var typeLines))
            {
                typeLines = new List<string>();
                lines.Add(typeName, typeLines);
            }

            typeLines.Add(line);
        }

        return new MicrosoftListing(lines);
    }

    public bool Contains(string typeName) => _lines.ContainsKey(typeName);

    public string TypeLine(string typeName) => _lines[typeName].Single(l => l.Contains(" | (type) ", StringComparison.Ordinal));

    public IReadOnlyCollection<string> MemberLines(string typeName) =>
        _lines[typeName].Where(l => !l.Contains(" | (type) ", StringComparison.Ordinal)).ToList();
}
