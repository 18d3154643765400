using Dataverse.LeadHandover.Plugins.Pipeline;

namespace Dataverse.LeadHandover.Plugins.Intake;

/// <summary>
/// lead · Create · PreValidation · synchronous.
/// Refuses a lead without an active or inferable source, a sales-ready lead missing what its tier requires,
/// and a bypass by a caller who may not bypass — all in one message, before anything is written.
/// </summary>
public sealed class LeadIntakeValidation : PluginBase
{
    protected override void Run(ILocalPluginContext context) =>
        LeadIntakeServices.For(context).Validate(LeadChangeReader.Read(context));
}
