using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Dataverse.LeadHandover.ReleaseGuard;

/// <summary>What an assembly says about how it was built, read from metadata without loading it.</summary>
public sealed record ArtifactInspection(
    string Path,
    string? DataverseSdk,
    bool IsStandIn,
    IReadOnlyList<string> ReferencedAssemblies)
{
    public const string SdkMetadataKey = "Dataverse.LeadHandover.DataverseSdk";
    public const string StandInMetadataKey = "Dataverse.LeadHandover.StandIn";

    public static ArtifactInspection Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            return new ArtifactInspection(path, null, false, []);
        }

        var reader = pe.GetMetadataReader();
        string? sdk = null;
        var standIn = false;
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            if (AssemblyMetadataReader.TryRead(reader, reader.GetCustomAttribute(handle), out var key, out var value))
            {
                if (key == SdkMetadataKey)
                {
                    sdk = value;
                }
                else if (key == StandInMetadataKey)
                {
                    standIn = true;
                }
            }
        }

        var references = new List<string>();
        foreach (var handle in reader.AssemblyReferences)
        {
            references.Add(reader.GetString(reader.GetAssemblyReference(handle).Name));
        }

        return new ArtifactInspection(path, sdk, standIn, references);
    }
}
