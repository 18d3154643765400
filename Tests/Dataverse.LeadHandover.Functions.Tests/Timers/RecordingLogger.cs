using System;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>A logger that adds each formatted line to its <see cref="LogRecorder"/>'s list.</summary>
internal sealed class RecordingLogger(ConcurrentQueue<RecordedLog> lines) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        lines.Enqueue(new RecordedLog(logLevel, eventId.Id, formatter(state, exception) + (exception is null ? string.Empty : " | " + exception.Message)));
    }
}
