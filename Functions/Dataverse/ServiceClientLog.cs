using Microsoft.Extensions.Logging;

namespace Dataverse.LeadHandover.Functions.Dataverse;

/// <summary>Connection log lines: the environment's host name and the sign-in method only, never a token or a secret.</summary>
internal static partial class ServiceClientLog
{
    [LoggerMessage(5001, LogLevel.Information, "Connected to Dataverse at {Environment}.")]
    public static partial void Connected(ILogger logger, string environment);

    [LoggerMessage(5002, LogLevel.Error, "Could not sign in to Dataverse at {Environment} with the {Method}.")]
    public static partial void SignInFailed(ILogger logger, string environment, string method);
}
