using System.Collections.Generic;

namespace Dataverse.LeadHandover.InMemory;

/// <summary>What <see cref="SolutionLoader.Load"/> put into the organization.</summary>
/// <param name="Tables">Logical names of the tables defined (custom tables fully typed, shells loosely typed).</param>
/// <param name="EnvironmentVariables">Schema names of the environment variable definitions written.</param>
/// <param name="CustomApis">Unique names of the custom APIs registered.</param>
/// <param name="Steps">Names of the plug-in steps registered.</param>
/// <param name="Warnings">Things the loader skipped, and why.</param>
public sealed record SolutionLoadResult(
    IReadOnlyList<string> Tables,
    IReadOnlyList<string> EnvironmentVariables,
    IReadOnlyList<string> CustomApis,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Warnings);
