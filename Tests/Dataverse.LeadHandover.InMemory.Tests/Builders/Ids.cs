using System;

namespace Dataverse.LeadHandover.InMemory.Tests.Builders;

/// <summary>Fixed, readable ids for test data.</summary>
internal static class Ids
{
    public static readonly Guid Lead1 = new("00000000-0000-0000-0000-00000000a001");
    public static readonly Guid Lead2 = new("00000000-0000-0000-0000-00000000a002");
    public static readonly Guid Task1 = new("00000000-0000-0000-0000-00000000b001");
    public static readonly Guid Contact1 = new("00000000-0000-0000-0000-00000000c001");
    public static readonly Guid Step1 = new("00000000-0000-0000-0000-00000000d001");
    public static readonly Guid Endpoint1 = new("00000000-0000-0000-0000-00000000e001");
}
