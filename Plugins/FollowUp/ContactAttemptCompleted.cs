using Dataverse.LeadHandover.Plugins.Data;
using Dataverse.LeadHandover.Plugins.Pipeline;

namespace Dataverse.LeadHandover.Plugins.FollowUp;

/// <summary>
/// phonecall, email, appointment, task · Update · PostOperation · synchronous · filtering attribute statecode ·
/// post-image "PostImage" (regardingobjectid). A SetState request reaches it too, as the Update it performs.
/// Re-counts the lead's contact attempts whenever an activity regarding it is completed or reopened.
/// </summary>
public sealed class ContactAttemptCompleted : PluginBase
{
    protected override void Run(ILocalPluginContext context)
    {
        if (ContactAttemptReader.LeadOf(context) is { } leadId
            && FollowUpServices.Tracker(context).Track(leadId) is { } progress)
        {
            new DataverseFollowUpRecorder(context.SystemService).RecordProgress(progress);
        }
    }
}
