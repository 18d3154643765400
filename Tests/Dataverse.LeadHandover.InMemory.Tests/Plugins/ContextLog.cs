using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Plugins;

/// <summary>
/// Where test plug-ins record what they saw, under the key their step's unsecure configuration carries, so tests
/// running in parallel never see each other's records.
/// </summary>
internal static class ContextLog
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<ContextRecord>> Records = new();

    public static IReadOnlyList<ContextRecord> For(string key) =>
        Records.TryGetValue(key, out var records) ? records.ToList() : [];

    public static void Add(string key, ContextRecord record) => Records.GetOrAdd(key, _ => new()).Enqueue(record);

    public static ContextRecord Capture(IPluginExecutionContext context, bool sameObjectForNewerInterfaces = false) => new(
        context.MessageName,
        context.PrimaryEntityName,
        context.PrimaryEntityId,
        context.Stage,
        context.Mode,
        context.Depth,
        context.IsInTransaction,
        context.UserId,
        context.InitiatingUserId,
        context.BusinessUnitId,
        context.OrganizationId,
        context.CorrelationId,
        context.OperationCreatedOn,
        context.OwningExtension,
        context.InputParameters.TryGetValue("Target", out var target) && target is Entity entity ? Copy(entity) : null,
        context.InputParameters.ToDictionary(p => p.Key, p => (object?)p.Value),
        context.OutputParameters.ToDictionary(p => p.Key, p => (object?)p.Value),
        context.SharedVariables.ToDictionary(p => p.Key, p => (object?)p.Value),
        context.PreEntityImages.ToDictionary(p => p.Key, p => Copy(p.Value)),
        context.PostEntityImages.ToDictionary(p => p.Key, p => Copy(p.Value)),
        context.ParentContext is { } parent ? Capture(parent) : null,
        sameObjectForNewerInterfaces);

    private static Entity Copy(Entity source)
    {
        var copy = new Entity(source.LogicalName, source.Id);
        foreach (var attribute in source.Attributes)
        {
            copy[attribute.Key] = attribute.Value;
        }

        return copy;
    }
}
