namespace Dataverse.LeadHandover.Domain.Acknowledgement;

/// <summary>The outcome of checking a link token.</summary>
/// <param name="Verdict">What the check found.</param>
/// <param name="Claims">
/// The signed content when the signature holds (<see cref="LinkVerdict.Valid"/> and <see cref="LinkVerdict.Expired"/>),
/// so an expired link can still say which handover it was for; <see langword="null"/> otherwise, because unsigned
/// content must not be trusted.
/// </param>
public sealed record AcknowledgementLinkCheck(LinkVerdict Verdict, AcknowledgementLinkClaims? Claims);
