using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;

namespace Dataverse.LeadHandover.Functions.Options;

/// <summary>
/// How the Dataverse webhook authenticates (section <c>Webhook</c>). The service endpoint is registered with
/// authentication type HttpHeader, sending <see cref="KeyHeaderName"/>: <see cref="SharedKey"/> on every call.
/// </summary>
public sealed class WebhookOptions : IValidatableObject
{
    public const string SectionName = "Webhook";

    /// <summary>Long enough that guessing is hopeless; a key vault secret generator gives far more.</summary>
    public const int MinimumKeyLength = 32;

    /// <summary>Secret: the value the service endpoint sends in <see cref="KeyHeaderName"/>.</summary>
    [Required(ErrorMessage = "Set Webhook:SharedKey (app setting Webhook__SharedKey) to the secret the Dataverse service endpoint sends.")]
    [MinLength(MinimumKeyLength, ErrorMessage = "Webhook:SharedKey (app setting Webhook__SharedKey) must be at least 32 characters.")]
    public string SharedKey { get; set; } = string.Empty;

    /// <summary>The only Dataverse organization whose calls are accepted (<c>OrganizationId</c> of the execution context).</summary>
    public Guid AllowedOrganizationId { get; set; }

    /// <summary>The request header carrying the key.</summary>
    [Required(ErrorMessage = "Set Webhook:KeyHeaderName (app setting Webhook__KeyHeaderName), e.g. x-lh-webhook-key.")]
    public string KeyHeaderName { get; set; } = "x-lh-webhook-key";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AllowedOrganizationId == Guid.Empty)
        {
            yield return new ValidationResult(
                "Set Webhook:AllowedOrganizationId (app setting Webhook__AllowedOrganizationId) to the Dataverse organization id.",
                [nameof(AllowedOrganizationId)]);
        }
    }
}
