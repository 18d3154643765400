using Dataverse.LeadHandover.Plugins.Pipeline;

namespace Dataverse.LeadHandover.Plugins.FollowUp;

/// <summary>
/// lead · Update · PostOperation · synchronous · filtering attribute statecode · pre-image "PreImage" (statecode) ·
/// post-image "PostImage" (lh_disqualifyoverridereason, lh_currenthandoverid).
/// Records a manager's early disqualification on the handover, in the same transaction as the disqualification.
/// </summary>
public sealed class LeadDisqualificationRecorded : PluginBase
{
    protected override void Run(ILocalPluginContext context) =>
        FollowUpServices.Disqualification(context).Record(LeadDisqualificationReader.ForRecord(context));
}
