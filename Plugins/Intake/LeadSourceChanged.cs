using Dataverse.LeadHandover.Plugins.Pipeline;

namespace Dataverse.LeadHandover.Plugins.Intake;

/// <summary>
/// lead · Update · PostOperation · synchronous · filtering attribute lh_leadsourceid · pre-image "PreImage" (lh_leadsourceid).
/// Keeps who changed a lead's source, when, from what and to what, in the same transaction as the change.
/// </summary>
public sealed class LeadSourceChanged : PluginBase
{
    protected override void Run(ILocalPluginContext context) =>
        new LeadSourceHistory(context.SystemService).Record(LeadChangeReader.Read(context), context.ExecutionContext.PrimaryEntityId);
}
