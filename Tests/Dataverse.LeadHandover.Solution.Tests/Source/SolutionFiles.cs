using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Dataverse.LeadHandover.Solution.Tests.Source;

/// <summary>
/// The unpacked solution under <c>Solution/src</c>, addressed by paths relative to it with forward slashes
/// (as they appear in the fact sheet and in error messages). Documents are parsed once per test run.
/// </summary>
internal static class SolutionFiles
{
    private static readonly ConcurrentDictionary<string, Lazy<XDocument>> Documents = new(StringComparer.Ordinal);

    public static string SolutionFolder => RepositoryRoot.Combine("Solution");

    public static string SourceFolder => Path.Combine(SolutionFolder, "src");

    public static string FullPath(string relative) =>
        Path.Combine(SourceFolder, relative.Replace('/', Path.DirectorySeparatorChar));

    public static bool Exists(string relative) => File.Exists(FullPath(relative));

    /// <summary>Every file under <paramref name="relativeFolder"/> matching <paramref name="pattern"/>, recursively, sorted.</summary>
    public static IReadOnlyList<string> Find(string relativeFolder, string pattern)
    {
        var folder = FullPath(relativeFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories)
            .Select(ToRelative)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<string> AllXml() => Find(".", "*.xml");

    /// <summary>Parses with a BOM-tolerant reader; classic exports start with a UTF-8 BOM.</summary>
    public static XDocument Xml(string relative) =>
        Documents.GetOrAdd(relative, r => new Lazy<XDocument>(() => XDocument.Load(FullPath(r)))).Value;

    public static string Text(string relative) => File.ReadAllText(FullPath(relative));

    public static byte[] Bytes(string relative) => File.ReadAllBytes(FullPath(relative));

    public static string ToRelative(string fullPath) =>
        Path.GetRelativePath(SourceFolder, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
