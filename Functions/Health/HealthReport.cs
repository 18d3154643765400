using System.Collections.Generic;

namespace Dataverse.LeadHandover.Functions.Health;

/// <summary>What the health endpoint says: setting names and states only, never values.</summary>
/// <param name="Healthy">True when every options section validated, Dataverse answered WhoAmI and the notification queue answered.</param>
/// <param name="Configuration">Per options section, "valid" or the problems naming each bad setting.</param>
/// <param name="Dataverse">"reachable", "not checked" (configuration invalid) or why it could not be reached.</param>
/// <param name="NotificationQueue">"reachable", "not checked" (configuration invalid) or why it could not be reached.</param>
public sealed record HealthReport(bool Healthy, IReadOnlyDictionary<string, IReadOnlyList<string>> Configuration, string Dataverse, string NotificationQueue);
