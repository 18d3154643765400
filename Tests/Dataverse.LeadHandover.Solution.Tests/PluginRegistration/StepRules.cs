using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace Dataverse.LeadHandover.Solution.Tests.PluginRegistration;

/// <summary>What the platform accepts in an <c>SdkMessageProcessingStep</c> file, as checks over one step.</summary>
internal static class StepRules
{
    /// <summary>Message ids that are the same in every organization.</summary>
    public static readonly IReadOnlyDictionary<Guid, string> Messages = new Dictionary<Guid, string>
    {
        [new Guid("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Create",
        [new Guid("20bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "Update",
    };

    /// <summary>The element order of exported steps (import validates it against the server's schema).</summary>
    public static readonly IReadOnlyList<string> ElementOrder =
    [
        "SdkMessageId", "PluginTypeName", "PluginTypeId", "PrimaryEntity", "AsyncAutoDelete", "Configuration", "Description",
        "FilteringAttributes", "ImpersonatingUserIdName", "InvocationSource", "Mode", "Rank", "EventHandlerTypeCode", "Stage",
        "IsCustomizable", "IsHidden", "SupportedDeployment", "IntroducedVersion", "SdkMessageProcessingStepImages",
    ];

    private static readonly string[] Optional = ["PrimaryEntity", "Configuration", "Description", "ImpersonatingUserIdName"];

    private static readonly IReadOnlyList<string> ImageElementOrder =
    [
        "SdkMessageProcessingStepImageId", "Attributes", "EntityAlias", "ImageType", "MessagePropertyName", "IsCustomizable",
    ];

    /// <param name="step">The step's root element.</param>
    /// <param name="pluginTypes">Plug-in types of the solution: PluginTypeId → AssemblyQualifiedName.</param>
    /// <param name="knownColumns">Columns of a table, by table logical name; null when the table is unknown.</param>
    public static IReadOnlyList<string> Problems(XElement step, IReadOnlyDictionary<Guid, string> pluginTypes, Func<string, IReadOnlySet<string>?> knownColumns)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(pluginTypes);
        ArgumentNullException.ThrowIfNull(knownColumns);
        var problems = new List<string>();
        var name = (string?)step.Attribute("Name");
        void Fail(string problem) => problems.Add($"{name}: {problem}");

        var typeId = Guid.TryParse((string?)step.Element("PluginTypeId"), out var id) ? id : Guid.Empty;
        if (!pluginTypes.TryGetValue(typeId, out var qualifiedName))
        {
            Fail($"PluginTypeId {typeId} is not a plug-in type of the solution's assembly");
        }
        else if ((string?)step.Element("PluginTypeName") != qualifiedName)
        {
            Fail($"PluginTypeName is not {qualifiedName}");
        }

        var message = Guid.TryParse((string?)step.Element("SdkMessageId"), out var messageId) && Messages.TryGetValue(messageId, out var m) ? m : null;
        if (message is null)
        {
            Fail("SdkMessageId is not a message this solution registers on");
        }

        var table = (string?)step.Element("PrimaryEntity");
        var columns = table is null ? null : knownColumns(table);
        if (columns is null)
        {
            Fail($"PrimaryEntity {table} is not a table of the solution");
        }

        var stage = Number(step, "Stage");
        var mode = Number(step, "Mode");
        if (stage is not (10 or 20 or 40))
        {
            Fail($"Stage {stage} is not 10 (pre-validation), 20 (pre-operation) or 40 (post-operation)");
        }

        if (mode is not (0 or 1) || (mode == 1 && stage != 40))
        {
            Fail($"Mode {mode} on stage {stage}: asynchronous steps are post-operation only");
        }

        if ((string?)step.Element("EventHandlerTypeCode") != "4602")
        {
            Fail("EventHandlerTypeCode must be 4602 (plug-in type)");
        }

        var filtering = List((string?)step.Element("FilteringAttributes"));
        if (message == "Update" && filtering.Count == 0)
        {
            Fail("an Update step without filtering attributes runs on every change of the row");
        }

        if (message == "Create" && filtering.Count > 0)
        {
            Fail("filtering attributes apply to Update only");
        }

        foreach (var column in filtering.Where(c => columns is not null && !columns.Contains(c)))
        {
            Fail($"filtering attribute {column} is not a column of {table}");
        }

        var images = step.Element("SdkMessageProcessingStepImages")?.Elements("SdkMessageProcessingStepImage").ToList() ?? [];
        foreach (var image in images)
        {
            var alias = (string?)image.Element("EntityAlias");
            var imageType = Number(image, "ImageType");
            if (imageType is not (0 or 1 or 2))
            {
                Fail($"image {alias}: ImageType {imageType} is not 0 pre, 1 post or 2 both");
            }

            if (imageType is 1 or 2 && stage is 10 or 20)
            {
                Fail($"image {alias}: no post image exists before the main operation (stage {stage})");
            }

            if (message == "Create" && imageType is 0 or 2)
            {
                Fail($"image {alias}: a Create has no pre image");
            }

            var property = (string?)image.Element("MessagePropertyName");
            if (!string.Equals(property, message == "Create" ? "Id" : "Target", StringComparison.OrdinalIgnoreCase))
            {
                Fail($"image {alias}: MessagePropertyName {property} does not identify the row for {message}");
            }

            foreach (var column in List((string?)image.Element("Attributes")).Where(c => columns is not null && !columns.Contains(c)))
            {
                Fail($"image {alias}: column {column} is not a column of {table}");
            }

            if (!InOrder(image, ImageElementOrder, []))
            {
                Fail($"image {alias}: elements are not in export order");
            }
        }

        if (!InOrder(step, ElementOrder, Optional))
        {
            Fail("elements are not in export order (SdkMessageId first, SdkMessageProcessingStepImages last)");
        }

        return problems;
    }

    public static IReadOnlyList<string> List(string? commaSeparated) =>
        string.IsNullOrEmpty(commaSeparated) ? [] : commaSeparated.Split(',');

    private static int? Number(XElement owner, string element) =>
        int.TryParse((string?)owner.Element(element), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool InOrder(XElement owner, IReadOnlyList<string> order, string[] optional)
    {
        var actual = owner.Elements().Select(e => e.Name.LocalName).ToList();
        var expected = order.Where(e => !optional.Contains(e) || actual.Contains(e)).ToList();
        return actual.SequenceEqual(expected);
    }
}
