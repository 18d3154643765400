using System;
using System.IO;

namespace Dataverse.LeadHandover.Sandbox.DryRun;

/// <summary>Tells a person watching a long replay how far it got: every tenth of the way, on the error stream.</summary>
internal sealed class DryRunProgress(TextWriter errors, TimeProvider time)
{
    /// <summary>Shorter runs finish before anyone needs to know.</summary>
    public const int ReportFrom = 100;

    private readonly long started = time.GetTimestamp();
    private int lastTenth;

    public void Report(int done, int total)
    {
        if (total < ReportFrom)
        {
            return;
        }

        var tenth = done * 10 / total;
        if (tenth <= lastTenth)
        {
            return;
        }

        lastTenth = tenth;
        errors.WriteLine("  {0} of {1} leads replayed ({2} %), {3:0.0} s", done, total, tenth * 10, time.GetElapsedTime(started).TotalSeconds);
    }
}
