using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Dataverse.LeadHandover.Release.Tests.Pipelines;

/// <summary>
/// Reads an Azure Pipelines YAML file into jobs and steps the way the service expands it: stage, job and step
/// templates (paths relative to the including file) with their parameters, and the steps inside
/// <c>${{ each }}</c>/<c>${{ if }}</c> blocks. Runtime values (<c>$(…)</c>) stay as written.
/// https://learn.microsoft.com/azure/devops/pipelines/yaml-schema/
/// </summary>
internal sealed partial class AzurePipelineReader(Func<string, string?> readFile)
{
    private static readonly Dictionary<string, string> NoParameters = [];

    public IReadOnlyList<PipelineJob> Read(string path)
    {
        var root = Load(path);
        if (root.Child("stages") is { } stages)
        {
            return ReadStages(stages, path, NoParameters);
        }

        if (root.Child("jobs") is { } jobs)
        {
            return ReadJobs(jobs, path, NoParameters, string.Empty, []);
        }

        return [new PipelineJob("job", [], ReadSteps(root.Child("steps"), path, NoParameters), null)];
    }

    private List<PipelineJob> ReadStages(YamlNode stages, string path, IReadOnlyDictionary<string, string> parameters)
    {
        var jobs = new List<PipelineJob>();
        var jobsByStage = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        string? previousStage = null;
        foreach (var stage in stages.Items().OfType<YamlMappingNode>())
        {
            if (stage.Scalar("template") is { } template)
            {
                var templatePath = Resolve(path, template);
                jobs.AddRange(ReadStages(Load(templatePath).Child("stages")!, templatePath, Parameters(stage, parameters)));
                continue;
            }

            var id = stage.Scalar("stage") ?? throw new InvalidDataException($"{path}: a stage without a name.");
            // A stage without dependsOn waits for the stage before it; an explicit list (even empty) replaces that.
            var dependsOn = stage.Child("dependsOn") is { } explicitDependsOn
                ? explicitDependsOn.Scalars()
                : previousStage is null ? [] : [previousStage];
            var upstream = dependsOn.SelectMany(s => jobsByStage.TryGetValue(s, out var ids) ? ids : []).ToList();
            var stageJobs = ReadJobs(stage.Child("jobs"), path, parameters, id, upstream);
            jobsByStage[id] = stageJobs.Select(j => j.Id).ToList();
            jobs.AddRange(stageJobs);
            previousStage = id;
        }

        return jobs;
    }

    private List<PipelineJob> ReadJobs(
        YamlNode? jobs, string path, IReadOnlyDictionary<string, string> parameters, string stage, IReadOnlyList<string> stageUpstream)
    {
        var read = new List<PipelineJob>();
        foreach (var job in jobs.Items().OfType<YamlMappingNode>())
        {
            if (job.Scalar("template") is { } template)
            {
                var templatePath = Resolve(path, template);
                read.AddRange(ReadJobs(Load(templatePath).Child("jobs"), templatePath, Parameters(job, parameters), stage, stageUpstream));
                continue;
            }

            var name = job.Scalar("job") ?? job.Scalar("deployment") ?? throw new InvalidDataException($"{path}: a job without a name.");
            var steps = job.Child("steps") ?? DeploymentSteps(job);
            var needs = stageUpstream.Concat(job.Child("dependsOn").Scalars().Select(d => Qualified(stage, d))).ToList();
            var environment = job.Scalar("environment") is { } value ? StepText.Substitute(value, "parameters", parameters) : null;
            read.Add(new PipelineJob(Qualified(stage, name), needs, ReadSteps(steps, path, parameters), environment));
        }

        return read;
    }

    private List<PipelineStep> ReadSteps(YamlNode? steps, string path, IReadOnlyDictionary<string, string> parameters)
    {
        var read = new List<PipelineStep>();
        foreach (var step in steps.Items().OfType<YamlMappingNode>())
        {
            if (step.Scalar("template") is { } template)
            {
                var templatePath = Resolve(path, template);
                read.AddRange(ReadSteps(Load(templatePath).Child("steps"), templatePath, Parameters(step, parameters)));
                continue;
            }

            // `- ${{ each x in y }}:` and `- ${{ if c }}:` hold a list of steps under one expression key. A loop over a
            // literal split('a,b', ',') is unrolled; any other block is read once, as written.
            if (step.Children.Count == 1 && step.Children.Keys.Single() is YamlScalarNode { Value: { } key } && key.StartsWith("${{", StringComparison.Ordinal))
            {
                var loop = EachOverLiteral().Match(key);
                if (!loop.Success)
                {
                    read.AddRange(ReadSteps(step.Children.Values.Single(), path, parameters));
                    continue;
                }

                foreach (var item in loop.Groups["items"].Value.Split(loop.Groups["separator"].Value))
                {
                    read.AddRange(ReadSteps(step.Children.Values.Single(), path, parameters)
                        .Select(s => s with { Text = s.Text.Replace($"${{{{ {loop.Groups["name"].Value} }}}}", item, StringComparison.Ordinal) }));
                }

                continue;
            }

            var name = step.Scalar("task") is { } task ? StepText.TaskName(task) : ScriptKind(step);
            var text = StepText.Substitute(YamlFile.Flatten(step), "parameters", parameters);
            read.Add(new PipelineStep(name, text) { Scripts = StepText.ScriptsNamedIn(text, readFile) });
        }

        return read;
    }

    [GeneratedRegex(@"^\$\{\{\s*each\s+(?<name>\w+)\s+in\s+split\('(?<items>[^']*)',\s*'(?<separator>[^']+)'\)\s*\}\}$")]
    private static partial Regex EachOverLiteral();

    /// <summary>A deployment job's steps live under strategy.runOnce.deploy.</summary>
    private static YamlNode? DeploymentSteps(YamlMappingNode job)
    {
        var runOnce = (job.Child("strategy") as YamlMappingNode)?.Child("runOnce") as YamlMappingNode;
        return (runOnce?.Child("deploy") as YamlMappingNode)?.Child("steps");
    }

    private static string ScriptKind(YamlMappingNode step) =>
        new[] { "script", "bash", "pwsh", "powershell" }.Any(k => step.Child(k) is not null) ? "script"
        : step.Children.Keys.OfType<YamlScalarNode>().First().Value ?? "step";

    private static Dictionary<string, string> Parameters(YamlMappingNode reference, IReadOnlyDictionary<string, string> outer) =>
        (reference.Child("parameters") as YamlMappingNode)?.Children
            .Where(p => p.Value is YamlScalarNode)
            .ToDictionary(
                p => ((YamlScalarNode)p.Key).Value ?? string.Empty,
                p => StepText.Substitute(((YamlScalarNode)p.Value).Value ?? string.Empty, "parameters", outer),
                StringComparer.Ordinal)
        ?? [];

    private static string Qualified(string stage, string job) => stage.Length == 0 ? job : $"{stage}/{job}";

    /// <summary>A template path, relative to the file that includes it, as a repository-relative path.</summary>
    public static string Resolve(string includingFile, string template)
    {
        var segments = new List<string>(includingFile.Split('/')[..^1]);
        foreach (var segment in template.Split('/'))
        {
            if (segment == "..")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment is not ("." or ""))
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    private YamlMappingNode Load(string path) =>
        YamlFile.Parse(readFile(path) ?? throw new FileNotFoundException($"Pipeline file {path} does not exist.", path));
}
