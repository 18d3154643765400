using System;
using System.Security.Cryptography;

namespace Dataverse.LeadHandover.Sandbox.FunctionsHost;

/// <summary>
/// The header and key the service endpoint authenticates with (auth type HttpHeader). The sandbox makes a new key
/// each start and gives it to both sides, as the release pipeline does from Key Vault.
/// </summary>
internal sealed record WebhookSecret(string HeaderName, string Key)
{
    public static WebhookSecret Generate(string headerName) =>
        new(headerName, Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
}
