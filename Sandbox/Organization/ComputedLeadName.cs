using System;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Sandbox.Organization;

/// <summary>
/// Stands in for the platform computing <c>lead.fullname</c> from first and last name, which the in-memory
/// Dataverse does not do: registered by the sandbox (never shipped) in PreOperation, the last stage before the
/// platform's own main operation, so the Functions' card and every view read the name Dataverse would show.
/// </summary>
internal sealed class ComputedLeadName : IPlugin
{
    public const string PreImageAlias = "NameParts";

    public void Execute(IServiceProvider serviceProvider)
    {
        ArgumentNullException.ThrowIfNull(serviceProvider);
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (context.InputParameters["Target"] is not Entity target
            || !(target.Contains(LeadSchema.FirstName) || target.Contains(LeadSchema.LastName)))
        {
            return;
        }

        context.PreEntityImages.TryGetValue(PreImageAlias, out var before);
        var first = target.Contains(LeadSchema.FirstName) ? target.GetAttributeValue<string>(LeadSchema.FirstName) : before?.GetAttributeValue<string>(LeadSchema.FirstName);
        var last = target.Contains(LeadSchema.LastName) ? target.GetAttributeValue<string>(LeadSchema.LastName) : before?.GetAttributeValue<string>(LeadSchema.LastName);
        var full = ((first ?? string.Empty).Trim() + " " + (last ?? string.Empty).Trim()).Trim();
        target[LeadSchema.FullName] = full.Length == 0 ? null : full;
    }
}
