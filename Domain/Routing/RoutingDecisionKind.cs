namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>How the owner of a handover was chosen (the ledger's assignment kind, mapped at the edge).</summary>
public enum RoutingDecisionKind
{
    /// <summary>The router chose the best eligible rep.</summary>
    Routed,

    /// <summary>A manager named the owner; routing was not applied.</summary>
    ManagerChoice,

    /// <summary>Nobody was eligible; the lead went to the caller's fallback.</summary>
    Fallback,
}
