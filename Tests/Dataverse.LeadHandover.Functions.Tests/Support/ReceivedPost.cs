using System;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>One post the loopback Teams endpoint received.</summary>
internal sealed record ReceivedPost(Uri Url, string? ContentType, string Body, DateTimeOffset ReceivedAt);
