namespace Dataverse.LeadHandover.Solution.Tests.Source;

/// <summary>A <c>const</c> of a class in <c>Domain/Schema</c>.</summary>
internal sealed record SchemaConstant(string Owner, string Name, string Value)
{
    public override string ToString() => $"{Owner}.{Name} = \"{Value}\"";
}
