using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.Compat;

namespace Dataverse.LeadHandover.Compat.Tests.Surface;

/// <summary>The public types of the Compat stand-in assembly.</summary>
internal static class CompatTypes
{
    public static IReadOnlyList<Type> Public() =>
        typeof(CompatAssembly).Assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();

    public static IReadOnlyList<Type> MicrosoftShaped() =>
        Public().Where(t => t.Namespace != typeof(CompatAssembly).Namespace).ToList();
}
