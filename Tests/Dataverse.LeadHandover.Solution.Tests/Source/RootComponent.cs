using System;

namespace Dataverse.LeadHandover.Solution.Tests.Source;

/// <summary>A <c>RootComponent</c> of <c>Other/Solution.xml</c>.</summary>
/// <param name="Type">The <c>solutioncomponent</c> component type code (1 table, 9 choice, 20 role, 91 assembly, …).</param>
/// <param name="SchemaName">Set for components named by schema name.</param>
/// <param name="Id">Set for components named by id (braces removed).</param>
/// <param name="Behavior">0 everything, 1 only what the folder holds, 2 shell.</param>
internal sealed record RootComponent(int Type, string? SchemaName, Guid? Id, int Behavior)
{
    public override string ToString() => $"type {Type} {SchemaName ?? Id?.ToString()}";
}
