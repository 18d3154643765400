using System;
using System.Globalization;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Webhooks;

/// <summary>What a webhook call about a created handover tells us, taken from the execution context.</summary>
/// <param name="HandoverId">The created <c>lh_handover</c> row.</param>
/// <param name="CorrelationId">Dataverse's correlation id of the request that created it.</param>
public sealed record HandoverCreatedDelivery(Guid HandoverId, Guid CorrelationId)
{
    /// <summary>True when the context is the Create of a handover, the only event this webhook serves.</summary>
    public static bool IsHandoverCreate(RemoteExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return string.Equals(context.MessageName, "Create", StringComparison.Ordinal)
            && string.Equals(context.PrimaryEntityName, HandoverSchema.EntityName, StringComparison.Ordinal);
    }

    /// <summary>
    /// The delivery described by <paramref name="context"/>, or <see langword="null"/> when it names no handover.
    /// A trimmed context (over 256 KB) has lost its parameters, so only <c>PrimaryEntityId</c> is read then.
    /// </summary>
    public static HandoverCreatedDelivery? From(RemoteExecutionContext context, bool trimmed, Guid headerCorrelationId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var handoverId = trimmed ? context.PrimaryEntityId : CreatedId(context);
        if (handoverId == Guid.Empty)
        {
            return null;
        }

        var correlationId = context.CorrelationId != Guid.Empty ? context.CorrelationId : headerCorrelationId;
        return new HandoverCreatedDelivery(handoverId, correlationId);
    }

    private static Guid CreatedId(RemoteExecutionContext context)
    {
        // In an object slot the serializer leaves a Guid as its string form.
        if (context.OutputParameters.TryGetValue("id", out var output) && AsGuid(output) is { } createdId)
        {
            return createdId;
        }

        if (context.InputParameters.TryGetValue("Target", out var target) && target is Entity { Id: var targetId } && targetId != Guid.Empty)
        {
            return targetId;
        }

        return context.PrimaryEntityId;
    }

    private static Guid? AsGuid(object? value) => value switch
    {
        Guid id when id != Guid.Empty => id,
        string text when Guid.TryParse(text, CultureInfo.InvariantCulture, out var id) && id != Guid.Empty => id,
        _ => null,
    };
}
