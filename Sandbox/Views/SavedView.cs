using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Sandbox.Views;

/// <summary>A system view of the solution (a <c>savedquery</c>): the FetchXML it runs and the columns its grid shows.</summary>
/// <param name="Id">The <c>savedqueryid</c>.</param>
/// <param name="Table">The table it lists.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Description">What it is for, from the solution.</param>
/// <param name="FetchXml">The query, exactly as in the solution file.</param>
/// <param name="Columns">The grid's columns (<c>layoutxml</c> cells), in order.</param>
/// <param name="QueryType">0 public view, 1 advanced find, 2 associated, 4 quick find, 64 lookup.</param>
internal sealed record SavedView(Guid Id, string Table, string Name, string? Description, string FetchXml, IReadOnlyList<string> Columns, int QueryType)
{
    public const int QuickFind = 4;

    /// <summary>Whether the view filters on the user who runs it (<c>eq-userid</c>).</summary>
    public bool IsPersonal => FetchXml.Contains("eq-userid", StringComparison.Ordinal);
}
