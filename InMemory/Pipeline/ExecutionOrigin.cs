using System;

namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>Who is calling and from where: a top-level caller, a plug-in's service, or the platform itself.</summary>
internal sealed record ExecutionOrigin(Guid UserId, Guid InitiatingUserId, int Depth, PluginExecutionContext? Parent, Guid CorrelationId)
{
    /// <summary>A call from outside the pipeline: depth 1, a new correlation id.</summary>
    public static ExecutionOrigin TopLevel(Guid userId) => new(userId, userId, 1, null, Guid.NewGuid());

    /// <summary>
    /// A call made through a plug-in's organization service: one level deeper, same correlation id and initiating
    /// user, the plug-in's context as parent.
    /// </summary>
    public static ExecutionOrigin FromPlugin(Guid userId, PluginExecutionContext caller) =>
        new(userId, caller.InitiatingUserId, caller.Depth + 1, caller, caller.CorrelationId);

    /// <summary>
    /// A request the platform generates to complete another one (Assign and SetState become Update, Upsert becomes
    /// Create or Update): same depth, the generating operation's context as parent.
    /// </summary>
    public ExecutionOrigin Internal(PluginExecutionContext parent) => this with { Parent = parent };
}
