using System;
using System.Runtime.CompilerServices;

namespace Dataverse.LeadHandover.Domain.Acknowledgement;

/// <summary>
/// Compares secrets in time that does not depend on where they differ, so a caller cannot find a valid signature
/// byte by byte from response times. .NET Framework 4.6.2 has no <c>CryptographicOperations.FixedTimeEquals</c>.
/// </summary>
public static class ConstantTimeComparison
{
    /// <summary>
    /// True when both arrays hold the same bytes. Arrays of different lengths are unequal at once: the length of a
    /// signature is public, only its content is secret.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
    public static bool AreEqual(byte[] left, byte[] right)
    {
        if (left is null)
        {
            throw new ArgumentNullException(nameof(left));
        }

        if (right is null)
        {
            throw new ArgumentNullException(nameof(right));
        }

        if (left.Length != right.Length)
        {
            return false;
        }

        var difference = 0;
        for (var i = 0; i < left.Length; i++)
        {
            difference |= left[i] ^ right[i];
        }

        return difference == 0;
    }
}
