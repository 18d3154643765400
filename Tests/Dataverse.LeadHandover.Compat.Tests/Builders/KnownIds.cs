using System;

namespace Dataverse.LeadHandover.Compat.Tests.Builders;

/// <summary>Fixed, readable ids so failures point at the record that went wrong.</summary>
internal static class KnownIds
{
    public static readonly Guid Lead = new("1ead0000-0000-0000-0000-000000000001");
    public static readonly Guid OtherLead = new("1ead0000-0000-0000-0000-000000000002");
    public static readonly Guid Contact = new("c0000000-0000-0000-0000-000000000001");
    public static readonly Guid SalesUser = new("5a1e5000-0000-0000-0000-000000000001");
    public static readonly Guid BusinessUnit = new("b0000000-0000-0000-0000-000000000001");
    public static readonly Guid Organization = new("0a000000-0000-0000-0000-000000000001");
    public static readonly Guid Correlation = new("c0aa0000-0000-0000-0000-000000000001");
    public static readonly Guid Operation = new("0e000000-0000-0000-0000-000000000001");
    public static readonly Guid Step = new("57e90000-0000-0000-0000-000000000001");
}
