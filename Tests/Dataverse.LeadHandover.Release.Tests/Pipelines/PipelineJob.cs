using System.Collections.Generic;

namespace Dataverse.LeadHandover.Release.Tests.Pipelines;

/// <summary>
/// A job with its steps in order. <paramref name="Needs"/> are the ids of the jobs it waits for directly (in Azure
/// Pipelines, also every job of the stages its stage depends on); <paramref name="Environment"/> is the deployment
/// environment that gates it, if any.
/// </summary>
internal sealed record PipelineJob(string Id, IReadOnlyList<string> Needs, IReadOnlyList<PipelineStep> Steps, string? Environment);
