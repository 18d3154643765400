using System;

namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>Where a lead goes when no rep is eligible, chosen by the caller; routing never throws for that.</summary>
public sealed class FallbackTarget
{
    private FallbackTarget(FallbackTargetKind kind, Guid id, string name)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A fallback needs the id of a user or queue.", nameof(id));
        }

        Kind = kind;
        Id = id;
        Name = string.IsNullOrWhiteSpace(name) ? id.ToString() : name.Trim();
    }

    public FallbackTargetKind Kind { get; }

    /// <summary>The user id (team manager) or queue id.</summary>
    public Guid Id { get; }

    /// <summary>For the reason text.</summary>
    public string Name { get; }

    public static FallbackTarget TeamManager(Guid userId, string name) => new(FallbackTargetKind.TeamManager, userId, name);

    public static FallbackTarget Queue(Guid queueId, string name) => new(FallbackTargetKind.Queue, queueId, name);

    public override string ToString() => Kind + " " + Id;
}
