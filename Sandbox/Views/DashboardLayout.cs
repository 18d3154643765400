using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace Dataverse.LeadHandover.Sandbox.Views;

/// <summary>A dashboard of the solution: its name and its components in order, each a view shown as a grid or a chart.</summary>
internal sealed record DashboardLayout(string Name, IReadOnlyList<DashboardComponent> Components)
{
    public static DashboardLayout Read(XElement form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var name = form.Descendants("LocalizedName").Select(label => (string?)label.Attribute("description")).FirstOrDefault(text => !string.IsNullOrEmpty(text)) ?? "Dashboard";
        var components = form.Descendants("control")
            .Select(control => control.Descendants("ViewId").FirstOrDefault() is { } view && Guid.TryParse(view.Value, out var viewId)
                ? new DashboardComponent(viewId, Guid.TryParse(control.Descendants("VisualizationId").FirstOrDefault()?.Value, out var chartId) ? chartId : null)
                : null)
            .OfType<DashboardComponent>()
            .ToList();
        return new DashboardLayout(name, components);
    }
}
