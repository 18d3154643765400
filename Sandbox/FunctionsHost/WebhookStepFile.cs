using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dataverse.LeadHandover.InMemory;

namespace Dataverse.LeadHandover.Sandbox.FunctionsHost;

/// <summary>
/// Reads what the post-deployment step registers after import (Solution/postdeployment): the webhook step from
/// <c>webhook-steps.json</c> and the key header from the service endpoint's auth value in
/// <c>serviceendpoints.dev.json</c> (<c>&lt;settings&gt;&lt;setting name="…"/&gt;&lt;/settings&gt;</c>).
/// </summary>
internal static partial class WebhookStepFile
{
    public static IReadOnlyList<StepRegistration> ReadSteps(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("Steps").EnumerateArray().Select(step => StepRegistration.ForServiceEndpoint(
                step.GetProperty("Name").GetString()!,
                step.GetProperty("Message").GetString()!,
                step.GetProperty("PrimaryEntity").GetString(),
                (PipelineStage)step.GetProperty("Stage").GetInt32(),
                (StepMode)step.GetProperty("Mode").GetInt32(),
                step.GetProperty("ServiceEndpointId").GetGuid()) with
            {
                Id = step.GetProperty("SdkMessageProcessingStepId").GetGuid(),
                Rank = step.GetProperty("Rank").GetInt32(),
                FilteringAttributes = (step.GetProperty("FilteringAttributes").GetString() ?? string.Empty)
                    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            })
            .ToList();
    }

    /// <summary>The endpoint's id, name and the header its key travels in.</summary>
    public static (Guid Id, string Name, string KeyHeaderName) ReadEndpoint(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var endpoint = document.RootElement.GetProperty("ServiceEndpoints").EnumerateArray().Single();

        // The auth value is a settings fragment whose value is a placeholder (not even well-formed XML); only the
        // header name is real.
        var match = SettingName().Match(endpoint.GetProperty("AuthValue").GetString() ?? string.Empty);
        if (!match.Success)
        {
            throw new InvalidDataException(path + " names no webhook key header.");
        }

        var header = match.Groups[1].Value;
        return (endpoint.GetProperty("ServiceEndpointId").GetGuid(), endpoint.GetProperty("Name").GetString()!, header);
    }

    [GeneratedRegex("<setting name=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex SettingName();
}
