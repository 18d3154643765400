using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.InMemory.SolutionSource;

/// <summary>
/// The <c>sdkmessage</c> ids that are the same in every organization, as step files name their message only by id.
/// Custom API messages have organization-specific ids, so steps on them can't be read from source.
/// </summary>
internal static class SdkMessageNames
{
    private static readonly Dictionary<Guid, string> NamesById = new()
    {
        [new Guid("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Create",
        [new Guid("20bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "Update",
        [new Guid("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Delete",
        [new Guid("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Assign",
        [new Guid("1cbebb1b-ea3e-db11-86a7-000a3a5473e8")] = "SetState",

        // SetStateDynamicEntity is the message SetState requests run as for most tables; here both are SetState.
        [new Guid("1dbebb1b-ea3e-db11-86a7-000a3a5473e8")] = "SetState",
        [new Guid("dbbdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Merge",
        [new Guid("f2bdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Retrieve",
        [new Guid("03bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "RetrieveMultiple",
        [new Guid("a6bdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Execute",
    };

    public static bool TryGet(Guid sdkMessageId, out string name) => NamesById.TryGetValue(sdkMessageId, out name!);
}
