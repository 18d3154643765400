using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>Keeps every log line the app writes, so tests can check what it says and what it never says.</summary>
internal sealed class LogRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<RecordedLog> lines = new();

    public IReadOnlyList<RecordedLog> Lines => lines.ToList();

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(lines);

    public void Dispose()
    {
    }
}
