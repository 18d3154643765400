using System.Collections.Generic;

namespace Dataverse.LeadHandover.Release.Tests.Pipelines;

/// <summary>Builds a job for the release-order rules without writing YAML.</summary>
internal sealed class PipelineJobBuilder(string id)
{
    private readonly List<PipelineStep> steps = [];
    private readonly List<string> needs = [];
    private string? environment;

    public PipelineJobBuilder OfficialBuild() => Script("dotnet build Dataverse.LeadHandover.sln -c Release -p:DataverseSdk=Official");

    public PipelineJobBuilder CompatBuild() => Script("dotnet build Dataverse.LeadHandover.sln -c Release");

    public PipelineJobBuilder Guard() =>
        Script("dotnet run --project tools/ReleaseGuard/Dataverse.LeadHandover.ReleaseGuard.csproj -c Release -- Plugins/bin/Release/net462/Dataverse.LeadHandover.Plugins.dll");

    public PipelineJobBuilder Task(string name) => Add(new PipelineStep(name, "task: " + name));

    public PipelineJobBuilder Script(string script) => Add(new PipelineStep("script", "script: " + script));

    public PipelineJobBuilder Needs(string job)
    {
        needs.Add(job);
        return this;
    }

    public PipelineJobBuilder InEnvironment(string name)
    {
        environment = name;
        return this;
    }

    public PipelineJob Build() => new(id, needs, steps, environment);

    private PipelineJobBuilder Add(PipelineStep step)
    {
        steps.Add(step);
        return this;
    }
}
