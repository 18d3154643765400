using Dataverse.LeadHandover.Plugins.Pipeline;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>
/// lead · Create and Update · PostOperation · synchronous · filtering attributes (Update): lh_salesready, ownerid ·
/// pre-image "PreImage" (Update: lh_salesready, ownerid) · post-image "PostImage" (the columns of
/// <see cref="Mapping.LeadForHandoverMapper.Columns"/>).
/// When a lead becomes sales ready, or a manager gives a sales-ready lead to someone else, routes it and writes one
/// ledger row in the same transaction: owner, current handover, SLA due time, first touch, the previous handover closed.
/// </summary>
public sealed class LeadSalesReadyAssignment : PluginBase
{
    protected override void Run(ILocalPluginContext context) => HandoverAssignment.Run(context);
}
