namespace Dataverse.LeadHandover.Domain.Schema;

/// <summary>
/// Schema names of the solution's environment variables (the <c>schemaname</c> of
/// <c>environmentvariabledefinition</c>). The value in force is the environment's value row, or the
/// definition's default when the environment has none.
/// </summary>
public static class EnvironmentVariableNames
{
    /// <summary>
    /// JSON: the qualification policy (per tier: required items, SLA in business minutes, contact attempts).
    /// Its default is <c>Domain/Qualification/default-handover-policy.json</c>.
    /// </summary>
    public const string HandoverPolicy = "lh_HandoverPolicy";

    /// <summary>
    /// Secret (Key Vault reference): the Teams Workflows webhook URL. Dataverse lets only flows read secret
    /// variables, so the Functions app reads the same Key Vault secret through its own app setting.
    /// </summary>
    public const string TeamsWorkflowUrl = "lh_TeamsWorkflowUrl";

    /// <summary>String: base URL of the Functions acknowledgement endpoint used in handover card links.</summary>
    public const string AcknowledgementBaseUrl = "lh_AcknowledgementBaseUrl";

    /// <summary>
    /// Secret (Key Vault reference): the key that signs acknowledgement links. As for
    /// <see cref="TeamsWorkflowUrl"/>, the Functions app reads it from Key Vault itself.
    /// </summary>
    public const string LinkSigningKey = "lh_LinkSigningKey";

    /// <summary>
    /// JSON: when the SLA sweep reminds, escalates and reassigns (percent of the SLA elapsed) and how many times a
    /// failed Teams notification is retried.
    /// </summary>
    public const string SweepSettings = "lh_SweepSettings";
}
