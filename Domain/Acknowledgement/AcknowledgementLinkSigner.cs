using System;
using System.Security.Cryptography;
using System.Text;

namespace Dataverse.LeadHandover.Domain.Acknowledgement;

/// <summary>
/// Signs and checks the token in a handover card's Acknowledge and Reject links: an HMAC-SHA256 over
/// {handover id, rep id, token version, expiry}. The token is <c>payload.signature</c>, both base64url, where the
/// payload is a format byte, the two ids, the version (big-endian int32) and the expiry (big-endian int64 Unix
/// seconds). Whether the token is still current (its version equals the ledger's) is the caller's question, since
/// only the ledger knows; this class answers only "did we sign this, and has it expired".
/// </summary>
/// <remarks>
/// Thread-safe: the key is copied at construction and every call uses its own HMAC instance.
/// </remarks>
public sealed class AcknowledgementLinkSigner
{
    /// <summary>HMAC-SHA256 keys shorter than its 32-byte output weaken it; refuse them.</summary>
    public const int MinimumKeyLength = 32;

    /// <summary>Long enough for any token this class writes, short enough to refuse garbage cheaply.</summary>
    public const int MaximumTokenLength = 200;

    private const byte FormatVersion = 1;
    private const int PayloadLength = 1 + 16 + 16 + 4 + 8;
    private const int SignatureLength = 32;

    // Binds signatures to this use, so the same key used elsewhere can never produce a valid link.
    private static readonly byte[] Purpose = Encoding.ASCII.GetBytes("Dataverse.LeadHandover.AcknowledgementLink");

    private readonly byte[] key;

    public AcknowledgementLinkSigner(byte[] key)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        if (key.Length < MinimumKeyLength)
        {
            throw new ArgumentException(
                $"The link signing key must be at least {MinimumKeyLength} bytes; it is {key.Length}.", nameof(key));
        }

        this.key = (byte[])key.Clone();
    }

    public string Sign(AcknowledgementLinkClaims claims)
    {
        if (claims is null)
        {
            throw new ArgumentNullException(nameof(claims));
        }

        if (claims.TokenVersion < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(claims), "The token version is never negative.");
        }

        var payload = Payload(claims);
        return Base64Url.Encode(payload) + "." + Base64Url.Encode(Signature(payload));
    }

    /// <summary>Checks <paramref name="token"/> at <paramref name="now"/>; never throws for bad input.</summary>
    public AcknowledgementLinkCheck Check(string? token, DateTimeOffset now)
    {
        if (token is null || token.Length == 0 || token.Length > MaximumTokenLength)
        {
            return new AcknowledgementLinkCheck(LinkVerdict.Unreadable, null);
        }

        var parts = token.Split('.');
        if (parts.Length != 2
            || !Base64Url.TryDecode(parts[0], out var payload)
            || !Base64Url.TryDecode(parts[1], out var signature)
            || payload.Length != PayloadLength
            || signature.Length != SignatureLength
            || payload[0] != FormatVersion)
        {
            return new AcknowledgementLinkCheck(LinkVerdict.Unreadable, null);
        }

        if (!ConstantTimeComparison.AreEqual(Signature(payload), signature))
        {
            return new AcknowledgementLinkCheck(LinkVerdict.Tampered, null);
        }

        var claims = Claims(payload);
        var verdict = now >= claims.ExpiresOn ? LinkVerdict.Expired : LinkVerdict.Valid;
        return new AcknowledgementLinkCheck(verdict, claims);
    }

    private static byte[] Payload(AcknowledgementLinkClaims claims)
    {
        var payload = new byte[PayloadLength];
        payload[0] = FormatVersion;
        Buffer.BlockCopy(claims.HandoverId.ToByteArray(), 0, payload, 1, 16);
        Buffer.BlockCopy(claims.RepId.ToByteArray(), 0, payload, 17, 16);
        WriteBigEndian(payload, 33, claims.TokenVersion, 4);
        WriteBigEndian(payload, 37, claims.ExpiresOn.ToUnixTimeSeconds(), 8);
        return payload;
    }

    private static AcknowledgementLinkClaims Claims(byte[] payload)
    {
        var handover = new byte[16];
        var rep = new byte[16];
        Buffer.BlockCopy(payload, 1, handover, 0, 16);
        Buffer.BlockCopy(payload, 17, rep, 0, 16);
        return new AcknowledgementLinkClaims(
            new Guid(handover),
            new Guid(rep),
            (int)ReadBigEndian(payload, 33, 4),
            DateTimeOffset.FromUnixTimeSeconds(ReadBigEndian(payload, 37, 8)));
    }

    private byte[] Signature(byte[] payload)
    {
        using var hmac = new HMACSHA256(key);
        hmac.TransformBlock(Purpose, 0, Purpose.Length, null, 0);
        hmac.TransformFinalBlock(payload, 0, payload.Length);
        return hmac.Hash!;
    }

    private static void WriteBigEndian(byte[] buffer, int offset, long value, int length)
    {
        for (var i = length - 1; i >= 0; i--)
        {
            buffer[offset + i] = (byte)(value & 0xFF);
            value >>= 8;
        }
    }

    private static long ReadBigEndian(byte[] buffer, int offset, int length)
    {
        long value = 0;
        for (var i = 0; i < length; i++)
        {
            value = (value << 8) | buffer[offset + i];
        }

        // A 4-byte field is a signed int32: widen its sign bit.
        return length == 4 ? (int)value : value;
    }
}
