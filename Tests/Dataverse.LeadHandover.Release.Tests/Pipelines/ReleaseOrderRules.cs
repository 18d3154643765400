using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataverse.LeadHandover.Release.Tests.Pipelines;

/// <summary>
/// The order a release must keep so that a Compat-mode build can never ship:
/// every .NET command builds in Official mode; the release guard runs after the Official build and before anything
/// is packed or deployed; a job that packs runs the guard itself first; a job that deploys waits for every job that
/// packs; deployments are gated by an environment.
/// </summary>
internal static class ReleaseOrderRules
{
    public static IReadOnlyList<string> Problems(IReadOnlyList<PipelineJob> jobs)
    {
        var problems = new List<string>();
        var steps = jobs.SelectMany(j => j.Steps.Select(s => (Job: j.Id, Step: s))).ToList();

        foreach (var (job, step) in steps)
        {
            problems.AddRange(ReleaseStepKind.DotnetCommands(step)
                .Where(c => !c.IsOfficial)
                .Select(c => $"{job}: '{c.CommandLine}' does not build in Official mode (-p:DataverseSdk=Official)."));
        }

        var firstBuild = steps.FindIndex(s => ReleaseStepKind.IsOfficialBuild(s.Step));
        var firstGuard = steps.FindIndex(s => ReleaseStepKind.IsReleaseGuard(s.Step));
        var firstShipping = steps.FindIndex(s => ReleaseStepKind.IsPack(s.Step) || ReleaseStepKind.IsDeploy(s.Step));
        if (firstBuild < 0)
        {
            problems.Add("No step builds in Official mode (dotnet build … -p:DataverseSdk=Official).");
        }

        if (firstGuard < 0)
        {
            problems.Add("No step runs the release guard (tools/ReleaseGuard).");
        }

        if (firstShipping < 0)
        {
            problems.Add("No step packs or deploys anything.");
        }

        if (firstBuild >= 0 && firstGuard >= 0 && firstGuard < firstBuild)
        {
            problems.Add("The release guard runs before the Official build: it would inspect nothing built by this run.");
        }

        if (firstGuard >= 0 && firstShipping >= 0 && firstShipping < firstGuard)
        {
            problems.Add($"{steps[firstShipping].Job}: '{steps[firstShipping].Step.Name}' packs or deploys before the release guard has run.");
        }

        var packingJobs = jobs.Where(j => j.Steps.Any(ReleaseStepKind.IsPack)).Select(j => j.Id).ToList();
        foreach (var job in jobs)
        {
            var firstPack = job.Steps.ToList().FindIndex(ReleaseStepKind.IsPack);
            var guard = job.Steps.ToList().FindIndex(ReleaseStepKind.IsReleaseGuard);
            if (firstPack >= 0 && (guard < 0 || guard > firstPack))
            {
                problems.Add($"{job.Id}: '{job.Steps[firstPack].Name}' packs before this job has run the release guard on what it packs.");
            }

            if (job.Steps.Any(ReleaseStepKind.IsDeploy))
            {
                var upstream = Upstream(job, jobs);
                problems.AddRange(packingJobs.Where(p => p != job.Id && !upstream.Contains(p))
                    .Select(p => $"{job.Id}: deploys without waiting for {p}, which packs and guards the artifacts."));
                if (string.IsNullOrEmpty(job.Environment))
                {
                    problems.Add($"{job.Id}: deploys without an environment, so no approval can gate it.");
                }
            }
        }

        return problems;
    }

    /// <summary>Every job a job waits for, directly or through the jobs it waits for.</summary>
    public static IReadOnlySet<string> Upstream(PipelineJob job, IReadOnlyList<PipelineJob> jobs)
    {
        var byId = jobs.ToDictionary(j => j.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(job.Needs);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (seen.Add(id) && byId.TryGetValue(id, out var needed))
            {
                foreach (var next in needed.Needs)
                {
                    pending.Push(next);
                }
            }
        }

        return seen;
    }
}
