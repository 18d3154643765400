namespace Dataverse.LeadHandover.Domain.Schema;

/// <summary>
/// The unbound custom API (action) <c>lh_RejectHandover</c>: the assigned rep declines a handover with a reason
/// and the lead is routed to the next rep.
/// </summary>
public static class RejectHandoverApi
{
    /// <summary>The message name to pass to <c>OrganizationRequest</c>.</summary>
    public const string UniqueName = "lh_RejectHandover";

    /// <summary>Request parameter (Guid, required): the <c>lh_handoverid</c> to reject.</summary>
    public const string HandoverId = "HandoverId";

    /// <summary>Request parameter (String, required): why the rep cannot take the lead.</summary>
    public const string Reason = "Reason";

    /// <summary>Response property (Guid): the handover created for the rep the lead was routed to next.</summary>
    public const string NewHandoverId = "NewHandoverId";
}
