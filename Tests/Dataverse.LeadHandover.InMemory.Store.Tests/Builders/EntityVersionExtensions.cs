using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Builders;

/// <summary>Sets the RowVersion a concurrency-checked Update sends.</summary>
internal static class EntityVersionExtensions
{
    public static Entity WithVersion(this Entity entity, string rowVersion)
    {
        entity.RowVersion = rowVersion;
        return entity;
    }
}
