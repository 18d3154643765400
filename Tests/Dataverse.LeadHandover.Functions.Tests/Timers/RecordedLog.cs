using Microsoft.Extensions.Logging;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>One log line the app wrote.</summary>
internal sealed record RecordedLog(LogLevel Level, int EventId, string Message);
