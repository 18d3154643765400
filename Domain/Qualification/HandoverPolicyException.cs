using System;
using System.Collections.Generic;
using System.Globalization;

namespace Dataverse.LeadHandover.Domain.Qualification;

/// <summary>
/// The handover policy cannot be used. Lists every problem found, each as
/// <c>$.path: problem in plain words</c>, so an administrator can fix them all in one go.
/// </summary>
public sealed class HandoverPolicyException : Exception
{
    private static readonly IReadOnlyList<string> NoProblems = Array.Empty<string>();

    public HandoverPolicyException()
        : base("The handover policy is invalid.")
    {
        Problems = NoProblems;
    }

    public HandoverPolicyException(string message)
        : base(message)
    {
        Problems = new[] { message };
    }

    public HandoverPolicyException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = new[] { message };
    }

    public HandoverPolicyException(IReadOnlyList<string> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems)
    {
        if (problems is null || problems.Count == 0)
        {
            return "The handover policy is invalid.";
        }

        var heading = problems.Count == 1
            ? "The handover policy has 1 problem:"
            : string.Format(CultureInfo.InvariantCulture, "The handover policy has {0} problems:", problems.Count);

        // One problem per line: this message is read by an administrator fixing configuration.
        return heading + "\n- " + string.Join("\n- ", problems);
    }
}
