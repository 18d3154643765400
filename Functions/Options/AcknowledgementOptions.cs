using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using Dataverse.LeadHandover.Domain.Acknowledgement;

namespace Dataverse.LeadHandover.Functions.Options;

/// <summary>The signed Acknowledge and Reject links in handover cards (section <c>Acknowledgement</c>).</summary>
public sealed class AcknowledgementOptions : IValidatableObject
{
    public const string SectionName = "Acknowledgement";

    /// <summary>
    /// The public URL of this app's HTTP functions including the route prefix, e.g.
    /// <c>https://func-leadhandover.azurewebsites.net/api</c>. Links are this plus <c>/handovers/…</c>.
    /// </summary>
    [Required(ErrorMessage = "Set Acknowledgement:PublicBaseUrl (app setting Acknowledgement__PublicBaseUrl) to this app's public URL including /api.")]
    [Url(ErrorMessage = "Acknowledgement:PublicBaseUrl (app setting Acknowledgement__PublicBaseUrl) must be an absolute https URL.")]
    public string PublicBaseUrl { get; set; } = string.Empty;

    /// <summary>Secret: base64 of at least 32 random bytes (a Key Vault reference in Azure).</summary>
    [Required(ErrorMessage = "Set Acknowledgement:LinkSigningKey (app setting Acknowledgement__LinkSigningKey) to base64 of at least 32 random bytes.")]
    public string LinkSigningKey { get; set; } = string.Empty;

    /// <summary>How long a link works after the card is sent; a later reminder card carries a fresh link.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00", ErrorMessage = "Acknowledgement:LinkLifetime (app setting Acknowledgement__LinkLifetime) must be between 00:05:00 and 30.00:00:00.")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The decoded signing key; call only on validated options.</summary>
    public byte[] SigningKeyBytes() => Convert.FromBase64String(LinkSigningKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(LinkSigningKey))
        {
            yield break;
        }

        byte[]? key = null;
        try
        {
            key = SigningKeyBytes();
        }
        catch (FormatException)
        {
            // Reported below without echoing the value.
        }

        if (key is null || key.Length < AcknowledgementLinkSigner.MinimumKeyLength)
        {
            yield return new ValidationResult(
                "Acknowledgement:LinkSigningKey (app setting Acknowledgement__LinkSigningKey) must be base64 of at least 32 bytes.",
                [nameof(LinkSigningKey)]);
        }
    }
}
