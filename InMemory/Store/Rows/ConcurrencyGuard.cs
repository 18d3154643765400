using Dataverse.LeadHandover.InMemory.Store.Faults;
using Dataverse.LeadHandover.InMemory.Store.Metadata;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Rows;

/// <summary>
/// Optimistic concurrency for Update and Delete (Learn, "Optimistic concurrency"). <c>Default</c> is treated
/// as <c>AlwaysOverwrite</c>: Learn only says it depends on the calling context (UNVERIFIED, fact sheet §12.2).
/// </summary>
internal static class ConcurrencyGuard
{
    public static void Check(TableSchema schema, ConcurrencyBehavior behavior, string? suppliedVersion, Entity stored)
    {
        if (behavior != ConcurrencyBehavior.IfRowVersionMatches)
        {
            return;
        }

        if (!schema.Definition.OptimisticConcurrency)
        {
            throw PlatformFaults.ConcurrencyNotEnabled(schema.LogicalName);
        }

        if (string.IsNullOrEmpty(suppliedVersion))
        {
            throw PlatformFaults.VersionNotProvided();
        }

        if (!string.Equals(suppliedVersion, stored.RowVersion, System.StringComparison.Ordinal))
        {
            throw PlatformFaults.VersionMismatch();
        }
    }
}
