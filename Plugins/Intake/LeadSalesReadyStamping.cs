using Dataverse.LeadHandover.Plugins.Mapping;
using Dataverse.LeadHandover.Plugins.Pipeline;

namespace Dataverse.LeadHandover.Plugins.Intake;

/// <summary>
/// lead · Update · PreOperation · synchronous · filtering attributes: lh_salesready, lh_leadsourceid,
/// lh_qualificationbypassreason and every qualification column · pre-image "PreImage".
/// Keeps the brief, tier and completeness true to the row whenever something they are built from changes.
/// </summary>
public sealed class LeadSalesReadyStamping : PluginBase
{
    protected override void Run(ILocalPluginContext context) =>
        LeadStampWriter.Apply(LeadIntakeServices.For(context).Stamp(LeadChangeReader.Read(context)), context.GetTarget());
}
