using System;
using System.Threading;

namespace Dataverse.LeadHandover.Sandbox.Clock;

/// <summary>
/// The sandbox's time, which every part reads (plug-ins through the organization, the Functions through DI): it can
/// jump forward by minutes, hours or days to watch SLAs run out. Running, it also moves with real time; frozen, it
/// moves only when told, so tests see exact minutes. Timers and delays still wait in real time (Teams retries,
/// rate limits), because only <see cref="GetUtcNow"/> is overridden.
/// </summary>
internal sealed class SandboxClock : TimeProvider
{
    private readonly Lock gate = new();
    private DateTimeOffset anchor;
    private long anchorTimestamp;
    private bool running;

    public SandboxClock(DateTimeOffset start, bool running)
    {
        anchor = start.ToUniversalTime();
        anchorTimestamp = TimeProvider.System.GetTimestamp();
        this.running = running;
    }

    public bool IsRunning
    {
        get
        {
            lock (gate)
            {
                return running;
            }
        }
    }

    /// <summary>Times without an offset mean UTC in the sandbox, whatever the machine's zone.</summary>
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return Current();
        }
    }

    /// <summary>Moves time forward; it never goes back, as nothing in Dataverse expects it to.</summary>
    public DateTimeOffset Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by), by, "The sandbox clock only moves forward.");
        }

        lock (gate)
        {
            Reanchor(Current() + by);
            return anchor;
        }
    }

    /// <summary>Lets time move with real time from now on (the interactive sandbox).</summary>
    public void Run()
    {
        lock (gate)
        {
            Reanchor(Current());
            running = true;
        }
    }

    /// <summary>Stops time where it is; only <see cref="Advance"/> moves it.</summary>
    public void Freeze()
    {
        lock (gate)
        {
            Reanchor(Current());
            running = false;
        }
    }

    private DateTimeOffset Current() => running ? anchor + TimeProvider.System.GetElapsedTime(anchorTimestamp) : anchor;

    private void Reanchor(DateTimeOffset now)
    {
        anchor = now;
        anchorTimestamp = TimeProvider.System.GetTimestamp();
    }
}
