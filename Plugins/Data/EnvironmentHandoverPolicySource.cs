using System;
using Dataverse.LeadHandover.Domain.Qualification;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>
/// The policy from the lh_HandoverPolicy environment variable. A missing or invalid policy stops the
/// operation with a message naming the variable and every problem: the rules never guess.
/// </summary>
public sealed class EnvironmentHandoverPolicySource : IHandoverPolicySource
{
    private readonly EnvironmentVariableReader _reader;

    public EnvironmentHandoverPolicySource(EnvironmentVariableReader reader) =>
        _reader = reader ?? throw new ArgumentNullException(nameof(reader));

    public HandoverPolicy Current()
    {
        var variable = _reader.Read(EnvironmentVariableNames.HandoverPolicy);
        if (variable?.Text is null || variable.Text.Trim().Length == 0)
        {
            throw new InvalidPluginExecutionException(
                "The handover policy is missing: environment variable " + EnvironmentVariableNames.HandoverPolicy
                + " has no value. Re-import the Lead Handover solution or set the variable's value.");
        }

        try
        {
            // Parsing is memoised by exact text, so a policy is parsed once per sandbox worker, not per lead.
            return HandoverPolicyMemo.Parse(variable.Text);
        }
        catch (HandoverPolicyException ex)
        {
            throw new InvalidPluginExecutionException(
                "The handover policy in environment variable " + EnvironmentVariableNames.HandoverPolicy + " is invalid, so leads can't be checked. "
                + ex.Message + " Ask an administrator to correct it.",
                ex);
        }
    }
}
