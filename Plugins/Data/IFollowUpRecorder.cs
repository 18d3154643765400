using System;
using Dataverse.LeadHandover.Plugins.FollowUp;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>Writes what follow-up discipline records on the lead and its handover.</summary>
public interface IFollowUpRecorder
{
    void RecordProgress(FollowUpProgress progress);

    /// <summary>Keeps a manager's early disqualification on the handover's outcome, in words.</summary>
    void RecordDisqualificationOverride(Guid handoverId, string outcome);
}
