namespace Dataverse.LeadHandover.Functions.Acknowledgement;

/// <summary>Routes of the pages a handover card links to, under the app's <c>/api</c> prefix.</summary>
public static class AcknowledgementRoutes
{
    public const string Acknowledge = "handovers/acknowledge";

    public const string Reject = "handovers/reject";

    /// <summary>The query-string and form field that carries the link token.</summary>
    public const string TokenField = "token";

    /// <summary>The form field of the reject page that carries the rep's reason.</summary>
    public const string ReasonField = "reason";
}
