namespace Dataverse.LeadHandover.Solution.Tests.Source;

/// <summary>One <c>attribute</c> of an <c>Entity.xml</c>.</summary>
/// <param name="PhysicalName">The column's SchemaName, as relationships refer to it.</param>
/// <param name="LogicalName">The lower-case name code uses.</param>
/// <param name="Type">The <c>Type</c> element: <c>nvarchar</c>, <c>lookup</c>, <c>picklist</c>, …</param>
/// <param name="IsCustomField">True for columns this solution authors.</param>
/// <param name="OptionSetName">The global choice a <c>picklist</c> points to, if any.</param>
/// <param name="DisplayMask">The <c>DisplayMask</c> flags, if present.</param>
internal sealed record AttributeDefinition(
    string PhysicalName,
    string LogicalName,
    string Type,
    bool IsCustomField,
    string? OptionSetName,
    string? DisplayMask);
