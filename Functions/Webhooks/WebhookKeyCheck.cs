using System;
using System.Security.Cryptography;
using System.Text;
using Dataverse.LeadHandover.Functions.Options;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Dataverse.LeadHandover.Functions.Webhooks;

/// <summary>
/// Checks the shared key Dataverse sends in the configured header. Both sides are hashed to a fixed length and
/// compared in constant time, so neither the key's content nor its length leaks through timing.
/// </summary>
public sealed class WebhookKeyCheck(IOptions<WebhookOptions> options)
{
    private readonly byte[] expectedDigest = Digest(options.Value.SharedKey);

    public string HeaderName { get; } = options.Value.KeyHeaderName;

    /// <summary>True only for exactly one header value equal to the configured key.</summary>
    public bool IsAuthentic(StringValues presented)
    {
        var value = presented.Count == 1 ? presented[0] : null;
        var digest = Digest(value ?? string.Empty);

        // Always compare, even for a missing header, so that case costs the same as a wrong key.
        var equal = CryptographicOperations.FixedTimeEquals(digest, expectedDigest);
        return equal && value is not null;
    }

    private static byte[] Digest(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
