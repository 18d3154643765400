using System;
using System.Linq;

namespace Dataverse.LeadHandover.Release.Tests.Infrastructure;

/// <summary>What one Bicep CLI run printed: the compiled JSON on standard output, diagnostics on standard error.</summary>
internal sealed record BicepResult(int ExitCode, string Output, string Diagnostics)
{
    /// <summary>The warning and error lines (Bicep prints "file(line,col) : Warning rule: …").</summary>
    public string[] DiagnosticLines =>
        Diagnostics.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.Contains(": Warning ", StringComparison.Ordinal) || l.Contains(": Error ", StringComparison.Ordinal))
            .ToArray();
}
