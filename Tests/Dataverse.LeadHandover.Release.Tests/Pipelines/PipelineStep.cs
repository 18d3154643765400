namespace Dataverse.LeadHandover.Release.Tests.Pipelines;

/// <summary>
/// One step of a pipeline job after templates are expanded. <paramref name="Name"/> is the task without publisher
/// prefix and version (<c>PowerPlatformPackSolution</c>), the action without version
/// (<c>microsoft/powerplatform-actions/pack-solution</c>), or <c>script</c>; <paramref name="Text"/> is everything
/// the step itself says (inputs, script), one "key: value" per line.
/// </summary>
internal sealed record PipelineStep(string Name, string Text)
{
    /// <summary>The content of the pipelines/scripts/ files the step runs.</summary>
    public string Scripts { get; init; } = string.Empty;

    /// <summary>What the step does, its scripts included: a deployment inside deploy-infrastructure.sh still counts.</summary>
    public string Everything => Text + Scripts;
}
