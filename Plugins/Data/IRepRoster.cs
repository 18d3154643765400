using System;
using Dataverse.LeadHandover.Plugins.Handover;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>The active reps with their calendars, open handovers and track record for one kind of lead.</summary>
public interface IRepRoster
{
    RepRoster Load(LeadForHandover lead, string tierName, DateTime nowUtc);
}
