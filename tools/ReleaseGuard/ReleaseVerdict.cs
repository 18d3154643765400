using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Dataverse.LeadHandover.ReleaseGuard;

/// <summary>The one rule every packaging and release step applies: only Official builds ship.</summary>
public static class ReleaseVerdict
{
    public const string CompatAssemblyName = "Dataverse.LeadHandover.Compat";

    /// <summary>Every reason this artifact must not be deployed; empty when it may.</summary>
    public static IReadOnlyList<string> Problems(ArtifactInspection artifact)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        var problems = new List<string>();
        if (artifact.IsStandIn)
        {
            problems.Add("it is the Compat stand-in assembly itself");
        }

        if (artifact.ReferencedAssemblies.Contains(CompatAssemblyName, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add("it was compiled against the Compat stand-ins (it references " + CompatAssemblyName + ")");
        }

        if (artifact.DataverseSdk is null)
        {
            problems.Add("it carries no Dataverse SDK build marker, so it was not built by this repository's build");
        }
        else if (!string.Equals(artifact.DataverseSdk, "Official", StringComparison.Ordinal))
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture, "it was built with DataverseSdk={0}", artifact.DataverseSdk));
        }

        return problems;
    }
}
