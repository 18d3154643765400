using System;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>Fixed, readable ids for test data.</summary>
internal static class Ids
{
    public static readonly Guid Lead = new("00000000-0000-0000-0000-00000000a001");
    public static readonly Guid Handover = new("00000000-0000-0000-0000-0000000ac001");
    public static readonly Guid Rep = new("00000000-0000-0000-0000-0000000ae901");
    public static readonly Guid OtherRep = new("00000000-0000-0000-0000-0000000ae902");
    public static readonly Guid RepEntraObject = new("00000000-0000-0000-0000-0000000e0901");
    public static readonly Guid RepProfile = new("00000000-0000-0000-0000-0000000bf901");
    public static readonly Guid FunctionsAppUser = new("00000000-0000-0000-0000-0000000ff001");
    public static readonly Guid Correlation = new("00000000-0000-0000-0000-0000000cc001");
    public static readonly Guid ForeignOrganization = new("00000000-0000-0000-0000-0000000f0001");
    public static readonly Guid WebhookEndpoint = new("00000000-0000-0000-0000-0000000e0001");
}
