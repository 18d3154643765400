using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NJsonSchema;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>
/// The official Adaptive Card 1.4.0 schema (vendored under Schemas/), loaded once. It is strict and knows nothing
/// of Teams' <c>msteams</c> extension, so that property is removed before validating.
/// </summary>
internal static class CardSchema
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(
        () => JsonSchema.FromFileAsync(System.IO.Path.Combine(AppContext.BaseDirectory, "Schemas", "adaptive-card-1.4.0.json")));

    public static async Task<IReadOnlyList<string>> ErrorsAsync(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var withoutTeams = card.DeepClone().AsObject();
        withoutTeams.Remove("msteams");
        var schema = await Schema.Value;
        return schema.Validate(withoutTeams.ToJsonString()).Select(error => error.ToString()).ToList();
    }
}
