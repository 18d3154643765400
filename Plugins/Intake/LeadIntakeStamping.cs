using Dataverse.LeadHandover.Plugins.Mapping;
using Dataverse.LeadHandover.Plugins.Pipeline;

namespace Dataverse.LeadHandover.Plugins.Intake;

/// <summary>
/// lead · Create · PreOperation · synchronous.
/// Writes normalised values, the (possibly inferred) source, tier, handover brief, completeness and the
/// bypass record into Target, so they are saved with the lead itself.
/// </summary>
public sealed class LeadIntakeStamping : PluginBase
{
    protected override void Run(ILocalPluginContext context) =>
        LeadStampWriter.Apply(LeadIntakeServices.For(context).Stamp(LeadChangeReader.Read(context)), context.GetTarget());
}
