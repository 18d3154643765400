using Dataverse.LeadHandover.Plugins.Pipeline;

namespace Dataverse.LeadHandover.Plugins.Intake;

/// <summary>
/// lead · Update · PreValidation · synchronous · filtering attributes lh_salesready, lh_leadsourceid,
/// lh_qualificationbypassreason · pre-image "PreImage" (the qualification columns).
/// The same rules as on Create, applied to the row as it will be saved; unrelated updates never get here.
/// </summary>
public sealed class LeadSalesReadyValidation : PluginBase
{
    protected override void Run(ILocalPluginContext context) =>
        LeadIntakeServices.For(context).Validate(LeadChangeReader.Read(context));
}
