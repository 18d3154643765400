namespace Dataverse.LeadHandover.Functions.Webhooks;

/// <summary>
/// Headers Dataverse adds to every webhook call
/// (https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks). Read case-insensitively.
/// </summary>
public static class DataverseWebhookHeaders
{
    /// <summary>Present only when the context exceeded 256 KB and Dataverse removed its parameters and images.</summary>
    public const string MessageSizeExceeded = "x-ms-dynamics-msg-size-exceeded";

    /// <summary>The platform's tracking id of the request, also <c>CorrelationId</c> in the body.</summary>
    public const string CorrelationRequestId = "x-ms-correlation-request-id";
}
