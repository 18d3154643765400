using System;

namespace Dataverse.LeadHandover.Sandbox.Views;

/// <summary>One dashboard component: a view, shown as its chart when <see cref="ChartId"/> is set, else as a grid.</summary>
internal sealed record DashboardComponent(Guid ViewId, Guid? ChartId);
