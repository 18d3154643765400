using System;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Builders;

/// <summary>Fixed, readable ids so failures point at the record that went wrong.</summary>
internal static class KnownIds
{
    public static readonly Guid SalesUser = new("5a1e5000-0000-0000-0000-000000000001");
    public static readonly Guid OtherUser = new("5a1e5000-0000-0000-0000-000000000002");
    public static readonly Guid Lead = new("1ead0000-0000-0000-0000-000000000001");
    public static readonly Guid OtherLead = new("1ead0000-0000-0000-0000-000000000002");
    public static readonly Guid ThirdLead = new("1ead0000-0000-0000-0000-000000000003");
    public static readonly Guid Account = new("acc00000-0000-0000-0000-000000000001");
    public static readonly Guid OtherAccount = new("acc00000-0000-0000-0000-000000000002");
    public static readonly Guid Contact = new("c0000000-0000-0000-0000-000000000001");
    public static readonly Guid OtherContact = new("c0000000-0000-0000-0000-000000000002");
    public static readonly Guid Missing = new("dead0000-0000-0000-0000-000000000000");
    public static readonly Guid SourceKey = new("50c0e000-0000-0000-0000-000000000001");

    /// <summary>The n-th generated id in a readable range, for bulk rows.</summary>
    public static Guid Numbered(int n) => new($"00000000-0000-0000-0000-{n:D12}");
}
