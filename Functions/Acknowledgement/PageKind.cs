namespace Dataverse.LeadHandover.Functions.Acknowledgement;

/// <summary>Which of the card's signed links a page serves.</summary>
public enum PageKind
{
    Acknowledge,
    Reject,
}
