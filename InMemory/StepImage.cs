using System.Collections.Generic;

namespace Dataverse.LeadHandover.InMemory;

/// <summary>An entity image registered on a step.</summary>
/// <param name="Type">Pre, post or both.</param>
/// <param name="Alias">The key plug-ins read from <c>PreEntityImages</c>/<c>PostEntityImages</c>.</param>
/// <param name="Attributes">Columns in the image; <see langword="null"/> or empty means all columns.</param>
public sealed record StepImage(StepImageType Type, string Alias, IReadOnlyList<string>? Attributes = null);
