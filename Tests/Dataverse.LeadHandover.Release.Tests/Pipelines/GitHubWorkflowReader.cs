using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace Dataverse.LeadHandover.Release.Tests.Pipelines;

/// <summary>
/// Reads a GitHub Actions workflow into jobs and steps, expanding calls to reusable workflows in this repository
/// (<c>uses: ./.github/workflows/…</c>) with their <c>with:</c> inputs; the called jobs are named
/// <c>caller/called</c> and wait for whatever the calling job waits for.
/// https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions
/// </summary>
internal sealed class GitHubWorkflowReader(Func<string, string?> readFile)
{
    private static readonly Dictionary<string, string> NoInputs = [];

    public IReadOnlyList<PipelineJob> Read(string path)
    {
        var jobs = ReadJobs(path, string.Empty, [], NoInputs);

        // `needs: deploy-test` names a job that calls a reusable workflow: it means every job that call expanded to.
        var ids = jobs.Select(j => j.Id).ToHashSet(StringComparer.Ordinal);
        return jobs
            .Select(j => j with
            {
                Needs = j.Needs.SelectMany(n => ids.Contains(n) ? [n] : ids.Where(i => i.StartsWith(n + "/", StringComparison.Ordinal))).ToList(),
            })
            .ToList();
    }

    private List<PipelineJob> ReadJobs(string path, string prefix, IReadOnlyList<string> callerNeeds, IReadOnlyDictionary<string, string> inputs)
    {
        var root = YamlFile.Parse(readFile(path) ?? throw new FileNotFoundException($"Workflow {path} does not exist.", path));
        var read = new List<PipelineJob>();
        if (root.Child("jobs") is not YamlMappingNode jobs)
        {
            return read;
        }

        foreach (var (key, value) in jobs.Children)
        {
            var id = prefix + ((YamlScalarNode)key).Value;
            var job = (YamlMappingNode)value;
            var needs = callerNeeds.Concat(job.Child("needs").Scalars().Select(n => prefix + n)).ToList();
            if (job.Scalar("uses") is { } called && called.StartsWith("./", StringComparison.Ordinal))
            {
                read.AddRange(ReadJobs(called[2..], id + "/", needs, With(job, inputs)));
                continue;
            }

            var steps = job.Child("steps").Items().OfType<YamlMappingNode>().Select(step => ReadStep(step, inputs)).ToList();
            var environment = job.Scalar("environment") is { } name ? StepText.Substitute(name, "inputs", inputs) : null;
            read.Add(new PipelineJob(id, needs, steps, environment));
        }

        return read;
    }

    private PipelineStep ReadStep(YamlMappingNode step, IReadOnlyDictionary<string, string> inputs)
    {
        var name = step.Scalar("uses") is { } uses ? StepText.ActionName(uses) : step.Child("run") is not null ? "script" : "step";
        var text = StepText.Substitute(YamlFile.Flatten(step), "inputs", inputs);
        return new PipelineStep(name, text) { Scripts = StepText.ScriptsNamedIn(text, readFile) };
    }

    private static Dictionary<string, string> With(YamlMappingNode job, IReadOnlyDictionary<string, string> outer) =>
        (job.Child("with") as YamlMappingNode)?.Children
            .Where(p => p.Value is YamlScalarNode)
            .ToDictionary(
                p => ((YamlScalarNode)p.Key).Value ?? string.Empty,
                p => StepText.Substitute(((YamlScalarNode)p.Value).Value ?? string.Empty, "inputs", outer),
                StringComparer.Ordinal)
        ?? [];
}
