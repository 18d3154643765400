using System;

namespace Dataverse.LeadHandover.Sandbox.Views;

/// <summary>
/// A system chart of the solution (a <c>savedqueryvisualization</c>): its aggregate FetchXML (the data description),
/// the group-by that makes its categories, an optional second group-by that splits them into series, and the measure.
/// </summary>
internal sealed record SavedChart(
    Guid Id, string Table, string Name, string FetchXml, string CategoryAlias, string CategoryColumn, string? SeriesAlias, string? SeriesColumn, string MeasureAlias, string MeasureDescription);
