namespace Dataverse.LeadHandover.Domain.Schema;

/// <summary>
/// The unbound custom API (action) <c>lh_AcknowledgeHandover</c>: the assigned rep, or their manager on the rep's
/// behalf, takes a handover; the SLA clock stops and the measured speed to lead comes back.
/// </summary>
public static class AcknowledgeHandoverApi
{
    /// <summary>The message name to pass to <c>OrganizationRequest</c>.</summary>
    public const string UniqueName = "lh_AcknowledgeHandover";

    /// <summary>Request parameter (Guid, required): the <c>lh_handoverid</c> to acknowledge.</summary>
    public const string HandoverId = "HandoverId";

    /// <summary>Request parameter (Boolean, optional, absent means false): a manager acknowledges for the rep.</summary>
    public const string OnBehalfOfRep = "OnBehalfOfRep";

    /// <summary>Response property (DateTime, UTC): when the handover was acknowledged.</summary>
    public const string AcknowledgedOn = "AcknowledgedOn";

    /// <summary>Response property (Integer): business minutes between assignment and acknowledgement.</summary>
    public const string BusinessMinutesToAcknowledge = "BusinessMinutesToAcknowledge";

    /// <summary>Response property (Boolean): the acknowledgement came after the SLA.</summary>
    public const string Breached = "Breached";
}
