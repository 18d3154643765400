using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.Packaging;

/// <summary>
/// Every file of the unpacked solution is well-formed and has the encoding shape exports have: classic component
/// XML with a UTF-8 BOM and declaration, record-style XML (environment variables, custom APIs) without either.
/// SolutionPackager: https://learn.microsoft.com/power-platform/alm/solution-packager-tool
/// </summary>
[TestClass]
public sealed class SolutionFileTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [TestMethod]
    public void EveryXmlFile_Parses()
    {
        var files = SolutionFiles.AllXml()
            .Select(SolutionFiles.FullPath)
            .Concat(
            [
                Path.Combine(SolutionFiles.SolutionFolder, "map.xml"),
                Path.Combine(SolutionFiles.SolutionFolder, "Dataverse.LeadHandover.Solution.cdsproj"),
            ]);

        var problems = new List<string>();
        foreach (var file in files)
        {
            try
            {
                XDocument.Load(file);
            }
            catch (XmlException e)
            {
                problems.Add($"{file}: {e.Message}");
            }
        }

        Assert.IsGreaterThan(100, SolutionFiles.AllXml().Count);
        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void ClassicComponentFiles_StartWithBomAndDeclaration()
    {
        var problems = SolutionFiles.AllXml()
            .Where(p => !IsRecordStyle(p))
            .Where(p => !StartsWithBomAndDeclaration(SolutionFiles.Bytes(p)))
            .Select(p => $"{p}: expected a UTF-8 BOM and <?xml …?> declaration")
            .ToList();

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void RecordStyleFiles_HaveNeitherBomNorDeclaration()
    {
        var recordStyle = SolutionFiles.AllXml().Where(IsRecordStyle).ToList();

        var problems = recordStyle
            .Where(p => SolutionFiles.Bytes(p)[0] != (byte)'<' || SolutionFiles.Text(p).StartsWith("<?xml", StringComparison.Ordinal))
            .Select(p => $"{p}: environment variable and custom API files start directly with their element")
            .ToList();

        Assert.IsNotEmpty(recordStyle);
        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryJsonFile_Parses()
    {
        var files = Directory.EnumerateFiles(SolutionFiles.SolutionFolder, "*.json", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .ToList();

        var problems = new List<string>();
        foreach (var file in files)
        {
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllText(file));
            }
            catch (JsonException e)
            {
                problems.Add($"{file}: {e.Message}");
            }
        }

        Assert.IsNotEmpty(files);
        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void SolutionSource_CommitsNoBinary()
    {
        var binaries = Directory.EnumerateFiles(SolutionFiles.SolutionFolder, "*", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .Where(f => f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            .ToList();

        Problems.AssertNone(binaries);
    }

    private static bool IsRecordStyle(string relative) =>
        relative.StartsWith("environmentvariabledefinitions/", StringComparison.Ordinal) ||
        relative.StartsWith("customapis/", StringComparison.Ordinal);

    private static bool StartsWithBomAndDeclaration(byte[] bytes) =>
        bytes.AsSpan().StartsWith(Bom) && bytes.AsSpan(Bom.Length).StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8);

    private static bool IsBuildOutput(string path)
    {
        var relative = Path.GetRelativePath(SolutionFiles.SolutionFolder, path).Replace(Path.DirectorySeparatorChar, '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal);
    }
}
