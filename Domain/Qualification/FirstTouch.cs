namespace Dataverse.LeadHandover.Domain.Qualification;

/// <summary>What the handover creates for the new owner so the first contact is not forgotten.</summary>
public enum FirstTouch
{
    /// <summary>A phone call activity due within the SLA (policy value <c>"phoneCall"</c>).</summary>
    PhoneCall,

    /// <summary>A task due within the SLA (policy value <c>"task"</c>).</summary>
    Task,

    /// <summary>Nothing beyond the assignment and notification (policy value <c>"none"</c>).</summary>
    None,
}
