using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Acknowledgement;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Acknowledgement;

[TestClass]
public sealed class AcknowledgementLinkSignerTests
{
    private static readonly DateTimeOffset BeforeExpiry = LinkClaimsBuilder.Expiry.AddHours(-1);

    [TestMethod]
    public void Check_TokenJustSigned_IsValidWithTheSignedClaims()
    {
        var signer = new AcknowledgementLinkSigner(SigningKeys.Primary);
        var claims = new LinkClaimsBuilder().AtVersion(3).Build();

        var check = signer.Check(signer.Sign(claims), BeforeExpiry);

        Assert.AreEqual(LinkVerdict.Valid, check.Verdict);
        Assert.AreEqual(claims, check.Claims);
    }

    [TestMethod]
    public void Sign_AnyClaims_IsSafeInAQueryStringWithoutEscaping()
    {
        var signer = new AcknowledgementLinkSigner(SigningKeys.Primary);

        var token = signer.Sign(new LinkClaimsBuilder().AtVersion(int.MaxValue).Build());

        Assert.IsTrue(token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'), token);
        Assert.IsLessThanOrEqualTo(AcknowledgementLinkSigner.MaximumTokenLength, token.Length);
    }

    [TestMethod]
    public void Check_AtTheExpiryInstant_IsExpiredButKeepsItsClaims()
    {
        var signer = new AcknowledgementLinkSigner(SigningKeys.Primary);
        var claims = new LinkClaimsBuilder().Build();

        var check = signer.Check(signer.Sign(claims), LinkClaimsBuilder.Expiry);

        Assert.AreEqual(LinkVerdict.Expired, check.Verdict);
        Assert.AreEqual(claims, check.Claims);
    }

    [TestMethod]
    public void Check_OneSecondBeforeExpiry_IsValid()
    {
        var signer = new AcknowledgementLinkSigner(SigningKeys.Primary);

        var check = signer.Check(signer.Sign(new LinkClaimsBuilder().Build()), LinkClaimsBuilder.Expiry.AddSeconds(-1));

        Assert.AreEqual(LinkVerdict.Valid, check.Verdict);
    }

    [TestMethod]
    public void Check_PayloadChangedToAnotherRep_IsTamperedAndRevealsNoClaims()
    {
        var signer = new AcknowledgementLinkSigner(SigningKeys.Primary);
        var genuine = signer.Sign(new LinkClaimsBuilder().ForRep(LinkClaimsBuilder.Rep).Build());
        var otherPayload = signer.Sign(new LinkClaimsBuilder().ForRep(LinkClaimsBuilder.OtherRep).Build()).Split('.')[0];
        var forged = otherPayload + "." + genuine.Split('.')[1];

        var check = signer.Check(forged, BeforeExpiry);

        Assert.AreEqual(LinkVerdict.Tampered, check.Verdict);
        Assert.IsNull(check.Claims);
    }

    [TestMethod]
    [DataRow(0, DisplayName = "first signature character")]
    [DataRow(42, DisplayName = "last signature character")]
    public void Check_SignatureCharacterChanged_IsTampered(int signatureIndex)
    {
        var signer = new AcknowledgementLinkSigner(SigningKeys.Primary);
        var parts = signer.Sign(new LinkClaimsBuilder().Build()).Split('.');
        var signature = parts[1].ToCharArray();
        signature[signatureIndex] = signature[signatureIndex] == 'A' ? 'Q' : 'A';

        var check = signer.Check(parts[0] + "." + new string(signature), BeforeExpiry);

        Assert.AreNotEqual(LinkVerdict.Valid, check.Verdict);
        Assert.IsNull(check.Claims);
    }

    [TestMethod]
    public void Check_SignedWithAnotherKey_IsTampered()
    {
        var ours = new AcknowledgementLinkSigner(SigningKeys.Primary);
        var theirs = new AcknowledgementLinkSigner(SigningKeys.Other);

        var check = ours.Check(theirs.Sign(new LinkClaimsBuilder().Build()), BeforeExpiry);

        Assert.AreEqual(LinkVerdict.Tampered, check.Verdict);
    }

    [TestMethod]
    [DataRow(null, DisplayName = "missing")]
    [DataRow("", DisplayName = "empty")]
    [DataRow("not-a-token", DisplayName = "no separator")]
    [DataRow("a.b.c", DisplayName = "three parts")]
    [DataRow("AAAA.AAAA", DisplayName = "parts too short")]
    [DataRow("!!!!.????", DisplayName = "not base64url")]
    [DataRow("AQ==.AQ==", DisplayName = "padded base64")]
    public void Check_NotOurTokenFormat_IsUnreadable(string? token)
    {
        var signer = new AcknowledgementLinkSigner(SigningKeys.Primary);

        var check = signer.Check(token, BeforeExpiry);

        Assert.AreEqual(LinkVerdict.Unreadable, check.Verdict);
        Assert.IsNull(check.Claims);
    }

    [TestMethod]
    public void Check_TokenLongerThanAnyWeWrite_IsUnreadable()
    {
        var signer = new AcknowledgementLinkSigner(SigningKeys.Primary);

        var check = signer.Check(new string('A', AcknowledgementLinkSigner.MaximumTokenLength + 1), BeforeExpiry);

        Assert.AreEqual(LinkVerdict.Unreadable, check.Verdict);
    }

    [TestMethod]
    public void Check_VersionBumpedInAResignedToken_CarriesTheNewVersion()
    {
        var signer = new AcknowledgementLinkSigner(SigningKeys.Primary);
        var first = signer.Sign(new LinkClaimsBuilder().AtVersion(1).Build());
        var second = signer.Sign(new LinkClaimsBuilder().AtVersion(2).Build());

        var check = signer.Check(second, BeforeExpiry);

        Assert.AreNotEqual(first, second);
        Assert.AreEqual(2, check.Claims?.TokenVersion);
    }

    [TestMethod]
    public void Constructor_KeyShorterThan32Bytes_Throws()
    {
        var shortKey = new byte[AcknowledgementLinkSigner.MinimumKeyLength - 1];

        var thrown = Assert.ThrowsExactly<ArgumentException>(() => new AcknowledgementLinkSigner(shortKey));

        StringAssert.Contains(thrown.Message, "at least 32 bytes");
    }

    [TestMethod]
    public void Constructor_KeyArrayChangedAfterwards_KeepsSigningWithTheOriginalKey()
    {
        var key = SigningKeys.Primary;
        var signer = new AcknowledgementLinkSigner(key);
        var token = signer.Sign(new LinkClaimsBuilder().Build());

        key[0] ^= 0xFF;

        Assert.AreEqual(LinkVerdict.Valid, signer.Check(token, BeforeExpiry).Verdict);
    }
}
