using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Dataverse.LeadHandover.InMemory.SolutionSource;

/// <summary>Reads <c>SdkMessageProcessingSteps/{id}.xml</c> into step registrations, images and configuration included.</summary>
internal static class StepXmlReader
{
    /// <summary><c>EventHandlerTypeCode</c> of a step whose handler is a plug-in type.</summary>
    private const int PluginTypeHandler = 4602;

    public static List<StepRegistration> Read(string solutionFolder, Func<string, Type?> resolvePluginType, List<string> warnings)
    {
        var steps = new List<StepRegistration>();
        var folder = Path.Combine(solutionFolder, "SdkMessageProcessingSteps");
        if (!Directory.Exists(folder))
        {
            return steps;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            var root = SolutionXml.Root(file);
            var name = (string?)root.Attribute("Name") ?? Path.GetFileNameWithoutExtension(file);
            if ((SolutionXml.Integer(root, "EventHandlerTypeCode") ?? PluginTypeHandler) != PluginTypeHandler)
            {
                warnings.Add($"Step '{name}' has a service endpoint as handler; register webhook steps in code.");
                continue;
            }

            steps.Add(Step(root, name, resolvePluginType));
        }

        return steps;
    }

    private static StepRegistration Step(XElement root, string name, Func<string, Type?> resolvePluginType)
    {
        var messageId = SolutionXml.Id(SolutionXml.Text(root, "SdkMessageId"))
            ?? throw new InvalidDataException($"Step '{name}' has no valid <SdkMessageId>.");
        if (!SdkMessageNames.TryGet(messageId, out var message))
        {
            throw new InvalidOperationException(
                $"Step '{name}': SdkMessageId {messageId} is not a message id shared by every organization (Create, Update, Delete, Assign, SetState, Retrieve, RetrieveMultiple…).");
        }

        var typeName = PluginTypeIndex.TypeNameOf(SolutionXml.Text(root, "PluginTypeName"))
            ?? throw new InvalidDataException($"Step '{name}' has no <PluginTypeName>.");
        var pluginType = resolvePluginType(typeName)
            ?? throw new InvalidOperationException($"Step '{name}': plug-in type '{typeName}' could not be resolved.");
        var entity = SolutionXml.Text(root, "PrimaryEntity");
        return new StepRegistration(
            name,
            message,
            entity,
            (PipelineStage)(SolutionXml.Integer(root, "Stage") ?? (int)PipelineStage.PostOperation),
            (StepMode)(SolutionXml.Integer(root, "Mode") ?? (int)StepMode.Synchronous),
            pluginType)
        {
            Id = SolutionXml.Id((string?)root.Attribute("SdkMessageProcessingStepId")) ?? Guid.NewGuid(),
            Rank = SolutionXml.Integer(root, "Rank") ?? 1,
            FilteringAttributes = SolutionXml.CommaList(SolutionXml.Text(root, "FilteringAttributes")),
            UnsecureConfiguration = SolutionXml.Text(root, "Configuration"),
            Images = Images(root),
        };
    }

    private static List<StepImage> Images(XElement root) =>
        root.Element("SdkMessageProcessingStepImages")?.Elements("SdkMessageProcessingStepImage")
            .Select(image =>
            {
                var alias = SolutionXml.Text(image, "EntityAlias") ?? (string?)image.Attribute("Name") ?? "Image";
                var attributes = SolutionXml.CommaList(SolutionXml.Text(image, "Attributes"));
                return new StepImage(
                    (StepImageType)(SolutionXml.Integer(image, "ImageType") ?? 0),
                    alias,
                    attributes.Length == 0 ? null : attributes);
            })
            .ToList() ?? [];
}
