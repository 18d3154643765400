using System;
using System.IO;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Qualification;
using Dataverse.LeadHandover.Sandbox.Commands;
using Dataverse.LeadHandover.Sandbox.Organization;

namespace Dataverse.LeadHandover.Sandbox.DryRun;

/// <summary><c>dry-run FILE [--policy POLICY.json] [--every-lead]</c>: replays a file of leads and prints the outcomes.</summary>
internal static class DryRunCommand
{
    public static Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        if (line.Arguments.Count != 1)
        {
            errors.WriteLine("dry-run needs one file of leads (.csv or .json), e.g. Sandbox/samples/leads.csv.");
            return Task.FromResult(2);
        }

        try
        {
            var policy = line.Option("--policy") is { } policyPath ? File.ReadAllText(policyPath) : null;
            if (policy is not null)
            {
                // Checked here so a broken policy is one clear message rather than every lead refused.
                HandoverPolicy.Parse(policy);
            }

            var leads = LeadFile.Read(line.Arguments[0]);
            errors.WriteLine("Replaying {0} leads from {1}{2} through the real plug-ins…", leads.Count, line.Arguments[0], policy is null ? string.Empty : " with the policy " + line.Option("--policy"));
            var progress = new DryRunProgress(errors, TimeProvider.System);
            var result = new DryRunReplay(RepositoryLayout.Find(), policy, progress.Report).Run(leads);
            DryRunReport.Write(output, result, line.Has("--every-lead"));
            return Task.FromResult(0);
        }
        catch (HandoverPolicyException problem)
        {
            errors.WriteLine("The policy is not valid: " + string.Join(" ", problem.Problems.Count > 0 ? problem.Problems : [problem.Message]));
            return Task.FromResult(1);
        }
        catch (Exception problem) when (problem is FormatException or IOException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            errors.WriteLine(problem.Message);
            return Task.FromResult(1);
        }
    }
}
