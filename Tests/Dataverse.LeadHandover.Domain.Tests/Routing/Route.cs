using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Routing;

namespace Dataverse.LeadHandover.Domain.Tests.Routing;

/// <summary>Calls the router with the defaults the tests share: the default policy, <see cref="RepCandidateBuilder.Now"/>, fallback to Dana Reyes.</summary>
internal static class Route
{
    public static readonly FallbackTarget TeamManager = FallbackTarget.TeamManager(RoutingIds.TeamManager, "Dana Reyes");

    public static RoutingDecision Lead(
        LeadRoutingProfile lead,
        IReadOnlyList<RepCandidate> reps,
        RoutingPolicy? policy = null,
        DateTime? nowUtc = null,
        Guid? managerChoice = null,
        FallbackTarget? fallback = null,
        IReadOnlyCollection<Guid>? excluded = null) =>
        LeadRouter.Decide(lead, reps, policy ?? RoutingPolicy.Default, nowUtc ?? RepCandidateBuilder.Now, managerChoice, fallback ?? TeamManager, excluded ?? Array.Empty<Guid>());

    public static RoutingDecision Lead(IReadOnlyList<RepCandidate> reps, RoutingPolicy? policy = null) =>
        Lead(LeadRoutingProfileBuilder.Lead().Build(), reps, policy);
}
