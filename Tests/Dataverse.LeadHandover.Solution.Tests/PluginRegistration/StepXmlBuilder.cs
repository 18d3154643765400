using System;
using System.Collections.Generic;
using System.Xml.Linq;

namespace Dataverse.LeadHandover.Solution.Tests.PluginRegistration;

/// <summary>Builds a step file in export shape, valid until a test changes one thing.</summary>
internal sealed class StepXmlBuilder
{
    public static readonly Guid PluginTypeId = new("00000000-0000-0000-0000-0000000000a1");
    public const string PluginTypeName = "Sample.Plugin, Sample, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0000000000000000";

    private readonly List<XElement> images = [];
    private string message = "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8";
    private int stage = 20;
    private int mode;
    private string filtering = string.Empty;

    public static IReadOnlyDictionary<Guid, string> PluginTypes { get; } = new Dictionary<Guid, string> { [PluginTypeId] = PluginTypeName };

    public StepXmlBuilder OnUpdate(string filteringAttributes)
    {
        message = "20bebb1b-ea3e-db11-86a7-000a3a5473e8";
        filtering = filteringAttributes;
        return this;
    }

    public StepXmlBuilder AtStage(int value, int stepMode = 0)
    {
        stage = value;
        mode = stepMode;
        return this;
    }

    public StepXmlBuilder WithImage(int imageType, string property, string attributes) =>
        WithImage(new XElement(
            "SdkMessageProcessingStepImage",
            new XAttribute("Name", "Image"),
            new XElement("SdkMessageProcessingStepImageId", "{00000000-0000-0000-0000-0000000000b1}"),
            new XElement("Attributes", attributes),
            new XElement("EntityAlias", "Image"),
            new XElement("ImageType", imageType),
            new XElement("MessagePropertyName", property),
            new XElement("IsCustomizable", 1)));

    public XElement Build() => new(
        "SdkMessageProcessingStep",
        new XAttribute("Name", "Sample step"),
        new XElement("SdkMessageId", message),
        new XElement("PluginTypeName", PluginTypeName),
        new XElement("PluginTypeId", PluginTypeId),
        new XElement("PrimaryEntity", "lead"),
        new XElement("AsyncAutoDelete", 0),
        new XElement("FilteringAttributes", filtering),
        new XElement("InvocationSource", 0),
        new XElement("Mode", mode),
        new XElement("Rank", 1),
        new XElement("EventHandlerTypeCode", 4602),
        new XElement("Stage", stage),
        new XElement("IsCustomizable", 1),
        new XElement("IsHidden", 0),
        new XElement("SupportedDeployment", 0),
        new XElement("IntroducedVersion", "1.0"),
        new XElement("SdkMessageProcessingStepImages", images));

    private StepXmlBuilder WithImage(XElement image)
    {
        images.Add(image);
        return this;
    }
}
