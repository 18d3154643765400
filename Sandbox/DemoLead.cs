using System;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Sandbox;

/// <summary>A lead row with a few fluent edits, so the tour reads like the story it tells.</summary>
internal sealed class DemoLead : Entity
{
    public DemoLead()
        : base(LeadSchema.EntityName)
    {
    }

    public DemoLead WithSource(Guid sourceId)
    {
        this[LeadSchema.LeadSourceId] = new EntityReference(LeadSourceSchema.EntityName, sourceId);
        return this;
    }

    public DemoLead Without(params string[] columns)
    {
        foreach (var column in columns)
        {
            Attributes.Remove(column);
        }

        return this;
    }

    public DemoLead Ready(bool ready)
    {
        this[LeadSchema.SalesReady] = ready;
        return this;
    }
}
