using System;
using System.IO;

namespace Dataverse.LeadHandover.InMemory.Tests.Builders;

/// <summary>
/// A small unpacked solution in a temporary folder, written in the format <c>pac solution unpack</c> produces
/// (https://learn.microsoft.com/power-platform/alm/solution-packager-tool). Deleted on dispose.
/// </summary>
internal sealed class SolutionFolder : IDisposable
{
    public const string AssemblyId = "6f1a1b2c-0000-4000-8000-000000000001";
    public const string DoublingTypeId = "6f1a1b2c-0000-4000-8000-0000000000a1";

    public SolutionFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lh-solution-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public SolutionFolder WithFile(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return this;
    }

    public SolutionFolder WithHandoverTable() => WithFile("Entities/lh_Handover/Entity.xml", SolutionFiles.HandoverEntity)
        .WithFile("Other/Relationships/Lead.xml", SolutionFiles.LeadRelationships);

    public SolutionFolder WithLeadShell() => WithFile("Entities/Lead/Entity.xml", SolutionFiles.LeadShell);

    public SolutionFolder WithEnvironmentVariables() =>
        WithFile("environmentvariabledefinitions/lh_AckTimeoutMinutes/environmentvariabledefinition.xml", SolutionFiles.Definition("lh_AckTimeoutMinutes", "<defaultvalue>30</defaultvalue>", 100000001))
        .WithFile("environmentvariabledefinitions/lh_TeamsChannel/environmentvariabledefinition.xml", SolutionFiles.Definition("lh_TeamsChannel", "<defaultvalue>General</defaultvalue>", 100000000))
        .WithFile("environmentvariabledefinitions/lh_TeamsChannel/environmentvariablevalues.json", SolutionFiles.Value("Sales handover"));

    public SolutionFolder WithDoublingApi() =>
        WithFile($"PluginAssemblies/DataverseLeadHandoverPlugins-{AssemblyId.ToUpperInvariant()}/DataverseLeadHandoverPlugins.dll.data.xml", SolutionFiles.PluginAssembly)
        .WithFile("customapis/lh_Double/customapi.xml", SolutionFiles.DoublingApi)
        .WithFile("customapis/lh_Double/customapirequestparameters/Amount/customapirequestparameter.xml", SolutionFiles.AmountParameter)
        .WithFile("customapis/lh_Double/customapiresponseproperties/Doubled/customapiresponseproperty.xml", SolutionFiles.DoubledProperty);

    public SolutionFolder WithStep(string stepId, string pluginTypeName, string configuration, string sdkMessageId = "20bebb1b-ea3e-db11-86a7-000a3a5473e8") =>
        WithFile($"SdkMessageProcessingSteps/{{{stepId}}}.xml", SolutionFiles.Step(stepId, pluginTypeName, configuration, sdkMessageId));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
