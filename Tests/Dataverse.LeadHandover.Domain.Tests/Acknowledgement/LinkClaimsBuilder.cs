using System;
using Dataverse.LeadHandover.Domain.Acknowledgement;

namespace Dataverse.LeadHandover.Domain.Tests.Acknowledgement;

/// <summary>Link claims for tests, with fixed readable ids and a whole-second expiry.</summary>
internal sealed class LinkClaimsBuilder
{
    public static readonly Guid Handover = new("00000000-0000-0000-0000-0000000ac001");
    public static readonly Guid Rep = new("00000000-0000-0000-0000-0000000ae901");
    public static readonly Guid OtherRep = new("00000000-0000-0000-0000-0000000ae902");
    public static readonly DateTimeOffset Expiry = new(2026, 3, 9, 9, 30, 0, TimeSpan.Zero);

    private Guid handover = Handover;
    private Guid rep = Rep;
    private int version;
    private DateTimeOffset expiresOn = Expiry;

    public LinkClaimsBuilder ForRep(Guid value)
    {
        rep = value;
        return this;
    }

    public LinkClaimsBuilder AtVersion(int value)
    {
        version = value;
        return this;
    }

    public LinkClaimsBuilder ExpiringOn(DateTimeOffset value)
    {
        expiresOn = value;
        return this;
    }

    public AcknowledgementLinkClaims Build() => new(handover, rep, version, expiresOn);
}
