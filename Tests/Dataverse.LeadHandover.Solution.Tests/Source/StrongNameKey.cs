using System;
using System.Buffers.Binary;
using System.Linq;
using System.Security.Cryptography;

namespace Dataverse.LeadHandover.Solution.Tests.Source;

/// <summary>
/// The public key token of a strong-name key pair file (.snk): the last 8 bytes, reversed, of the SHA-1 of the
/// public key blob the compiler writes into the assembly (signature algorithm, hash algorithm, length, then the
/// CAPI PUBLICKEYBLOB).
/// </summary>
internal static class StrongNameKey
{
    private const int SignatureAlgorithmRsaSign = 0x2400;
    private const int HashAlgorithmSha1 = 0x8004;
    private const byte PublicKeyBlobType = 0x06;
    private const byte PrivateKeyBlobType = 0x07;

    public static string PublicKeyToken(byte[] snk) => Token(PublicKey(snk));

    /// <summary>The token of a public key blob, as <see cref="System.Reflection.AssemblyName.GetPublicKeyToken"/> gives it.</summary>
    public static string Token(byte[] publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
#pragma warning disable CA5350 // SHA-1 is what strong naming defines the token with; nothing here is a security decision.
        var hash = SHA1.HashData(publicKey);
#pragma warning restore CA5350
        return Convert.ToHexStringLower(hash.AsSpan(hash.Length - 8).ToArray().Reverse().ToArray());
    }

    /// <summary>The public key blob of a key pair file, as the compiler writes it into the assembly.</summary>
    public static byte[] PublicKey(byte[] snk)
    {
        ArgumentNullException.ThrowIfNull(snk);
        if (snk.Length < 20 || snk[0] != PrivateKeyBlobType)
        {
            throw new ArgumentException("Not a strong-name key pair (PRIVATEKEYBLOB).", nameof(snk));
        }

        var bitLength = BinaryPrimitives.ReadInt32LittleEndian(snk.AsSpan(12));
        var publicExponent = snk.AsSpan(16, 4);
        var modulus = snk.AsSpan(20, bitLength / 8);

        var publicKey = new byte[20 + modulus.Length];
        publicKey[0] = PublicKeyBlobType;
        publicKey[1] = 2;
        BinaryPrimitives.WriteInt32LittleEndian(publicKey.AsSpan(4), SignatureAlgorithmRsaSign);
        "RSA1"u8.CopyTo(publicKey.AsSpan(8));
        BinaryPrimitives.WriteInt32LittleEndian(publicKey.AsSpan(12), bitLength);
        publicExponent.CopyTo(publicKey.AsSpan(16));
        modulus.CopyTo(publicKey.AsSpan(20));

        var blob = new byte[12 + publicKey.Length];
        BinaryPrimitives.WriteInt32LittleEndian(blob, SignatureAlgorithmRsaSign);
        BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(4), HashAlgorithmSha1);
        BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(8), publicKey.Length);
        publicKey.CopyTo(blob.AsSpan(12));
        return blob;
    }
}
