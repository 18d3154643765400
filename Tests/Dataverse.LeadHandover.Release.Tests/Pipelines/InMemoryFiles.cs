using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Release.Tests.Pipelines;

/// <summary>Pipeline files held in memory, by repository-relative path, for the readers' own tests.</summary>
internal sealed class InMemoryFiles
{
    private readonly Dictionary<string, string> files = new(StringComparer.Ordinal);

    public InMemoryFiles With(string path, string content)
    {
        files[path] = content.Replace("\r\n", "\n", StringComparison.Ordinal);
        return this;
    }

    public string? Read(string path) => files.TryGetValue(path, out var content) ? content : null;
}
