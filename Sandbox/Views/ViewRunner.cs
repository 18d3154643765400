using System;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Sandbox.Views;

/// <summary>Runs a view's own FetchXML, unchanged, as the user who opened it (so "My …" views mean that user).</summary>
internal static class ViewRunner
{
    public static EntityCollection Run(SavedView view, IOrganizationService asUser, string? search = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(asUser);
        var fetchXml = view.FetchXml;
        if (view.QueryType == SavedView.QuickFind)
        {
            // Quick find views hold {0} where the app puts the search text; it searches "begins with".
            var fetch = XElement.Parse(fetchXml);
            foreach (var condition in fetch.Descendants("condition"))
            {
                if ((string?)condition.Attribute("value") is { } value && value.Contains("{0}", StringComparison.Ordinal))
                {
                    condition.SetAttributeValue("value", value.Replace("{0}", (search ?? string.Empty) + "%", StringComparison.Ordinal));
                }
            }

            fetchXml = fetch.ToString(SaveOptions.DisableFormatting);
        }

        return asUser.RetrieveMultiple(new FetchExpression(fetchXml));
    }
}
