// Marker so a reflection check can tell a stand-in build from Microsoft's assemblies without
// relying on file names. Release tooling refuses any assembly that references this one.
namespace Dataverse.LeadHandover.Compat;

/// <summary>Identifies the Compat stand-in assembly. Not part of Microsoft's API.</summary>
public static class CompatAssembly
{
    /// <summary>The message every release step prints when it meets a Compat build.</summary>
    public const string NotDeployable =
        "This assembly was built against the Compat stand-ins for the Dataverse SDK and can never be deployed. Rebuild with -p:DataverseSdk=Official.";
}
