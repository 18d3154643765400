using Dataverse.LeadHandover.Plugins.Pipeline;

namespace Dataverse.LeadHandover.Plugins.FollowUp;

/// <summary>
/// lead · Update · PreValidation · synchronous · filtering attributes statecode, lh_disqualifyoverridereason ·
/// pre-image "PreImage" (statecode, lh_currenthandoverid).
/// Refuses an early disqualification, naming the attempts made, still required and by when.
/// </summary>
public sealed class LeadDisqualificationGate : PluginBase
{
    protected override void Run(ILocalPluginContext context) =>
        FollowUpServices.Disqualification(context).Validate(LeadDisqualificationReader.ForGate(context));
}
