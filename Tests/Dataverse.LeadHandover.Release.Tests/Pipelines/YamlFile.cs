using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace Dataverse.LeadHandover.Release.Tests.Pipelines;

/// <summary>Reading YAML the way both CI systems do: one document, a mapping at the root, scalars as text.</summary>
internal static class YamlFile
{
    public static YamlMappingNode Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root
            ? root
            : throw new InvalidDataException("Expected one YAML document with a mapping at its root.");
    }

    public static YamlNode? Child(this YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Scalar(this YamlMappingNode mapping, string key) => (mapping.Child(key) as YamlScalarNode)?.Value;

    public static IEnumerable<YamlNode> Items(this YamlNode? node) =>
        node is YamlSequenceNode sequence ? sequence.Children : [];

    /// <summary>A scalar or a sequence of scalars, as a list (the two forms of dependsOn and needs).</summary>
    public static IReadOnlyList<string> Scalars(this YamlNode? node) => node switch
    {
        YamlScalarNode scalar when !string.IsNullOrEmpty(scalar.Value) => [scalar.Value],
        YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToList(),
        _ => [],
    };

    /// <summary>Every key and scalar under a node, one "key: value" per line, in document order.</summary>
    public static string Flatten(YamlNode node)
    {
        var text = new StringBuilder();
        Append(node, string.Empty, text);
        return text.ToString();
    }

    public static IEnumerable<string> AllScalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? string.Empty],
        YamlSequenceNode sequence => sequence.Children.SelectMany(AllScalars),
        YamlMappingNode mapping => mapping.Children.SelectMany(pair => AllScalars(pair.Key).Concat(AllScalars(pair.Value))),
        _ => [],
    };

    private static void Append(YamlNode node, string key, StringBuilder text)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                text.Append(key).Append(": ").AppendLine(scalar.Value);
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    Append(item, key, text);
                }

                break;
            case YamlMappingNode mapping:
                foreach (var (childKey, value) in mapping.Children)
                {
                    Append(value, ((YamlScalarNode)childKey).Value ?? string.Empty, text);
                }

                break;
        }
    }
}
