using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Dataverse.LeadHandover.Tests.Hosting;

namespace Dataverse.LeadHandover.Tests.Registration;

/// <summary>One step as Solution/src/SdkMessageProcessingSteps declares it, read straight from the XML.</summary>
internal sealed record SolutionStepDefinition(
    string Message,
    string PluginTypeName,
    string? PrimaryEntity,
    int Stage,
    int Mode,
    IReadOnlySet<string> FilteringAttributes,
    IReadOnlyDictionary<string, IReadOnlySet<string>> PreImages,
    IReadOnlyDictionary<string, IReadOnlySet<string>> PostImages)
{
    public static IReadOnlyList<SolutionStepDefinition> ReadAll() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.SolutionSource, "SdkMessageProcessingSteps"), "*.xml")
            .Select(path => Read(XDocument.Load(path).Root!))
            .ToList();

    public static SolutionStepDefinition For(string pluginTypeFullName) =>
        ReadAll().Single(step => step.PluginTypeName == pluginTypeFullName);

    private static SolutionStepDefinition Read(XElement step)
    {
        return new SolutionStepDefinition(
            MessageName((string)step.Element("SdkMessageId")!),
            ((string)step.Element("PluginTypeName")!).Split(',')[0].Trim(),
            (string?)step.Element("PrimaryEntity"),
            (int)step.Element("Stage")!,
            (int)step.Element("Mode")!,
            Split((string?)step.Element("FilteringAttributes")),
            Images(step, "0", "2"),
            Images(step, "1", "2"));
    }

    private static Dictionary<string, IReadOnlySet<string>> Images(XElement step, params string[] imageTypes) =>
        step.Descendants("SdkMessageProcessingStepImage")
            .Where(image => imageTypes.Contains((string?)image.Element("ImageType")))
            .ToDictionary(image => (string)image.Element("EntityAlias")!, image => Split((string?)image.Element("Attributes")));

    /// <summary>SdkMessage ids are the same in every organization; these are the ones our steps use.</summary>
    private static string MessageName(string sdkMessageId) => Guid.Parse(sdkMessageId).ToString("D")[..8] switch
    {
        "9ebdbb1b" => "Create",
        "20bebb1b" => "Update",
        "a1bdbb1b" => "Delete",
        "1cbebb1b" => "SetState",
        _ => "Unknown " + sdkMessageId,
    };

    private static IReadOnlySet<string> Split(string? list) =>
        (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
}
