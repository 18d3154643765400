namespace Dataverse.LeadHandover.Sandbox.Views;

/// <summary>One bar of a chart: the category (and series) it belongs to and its measured value.</summary>
/// <param name="Category">The category's label (a rep, a source, a number of minutes).</param>
/// <param name="SortKey">What categories are ordered by: the raw number for numeric categories, else the label.</param>
/// <param name="Series">The series' label, or null for a chart with one series.</param>
/// <param name="Value">The measure (a count, an average).</param>
internal sealed record ChartPoint(string Category, object SortKey, string? Series, double Value);
