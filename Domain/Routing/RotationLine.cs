using System;

namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>
/// Fair rotation for one decision: whoever has waited longest since their last handover goes first. A rep
/// who has never had one joins at the front. A rep back from absence (away until a time after their last
/// handover) is "catching up": time away is not time waiting, so they count as waiting since their return,
/// plus a catch-up credit of <see cref="RoutingPolicy.CatchUpTurns"/> turns, i.e. they rejoin ahead of the
/// colleagues assigned in about that many turns before they came back, and behind everyone waiting longer.
/// </summary>
/// <remarks>
/// Stateless: it reads only last-assigned and away-until times. A turn is the recent time between handovers
/// in the pool, measured over the last CatchUpTurns + 1 of them. A returning rep's place is anchored to their
/// return time, so colleagues assigned later always queue behind them: nobody can be pushed back for ever.
/// A handover resets the winner's wait, so a returning rep gets one catch-up turn, never a flood. Built in one
/// pass keeping only the few most recent times: O(reps), no sort.
/// </remarks>
internal sealed class RotationLine
{
    private readonly int catchUpTurns;
    private readonly long[] mostRecent;
    private int colleagues;
    private long oldestColleague = long.MaxValue;
    private bool anyNewcomer;
    private long now;
    private long newcomerTicks;
    private long credit;
    private long lineOldest;
    private long longestWait;

    public RotationLine(int catchUpTurns)
    {
        this.catchUpTurns = catchUpTurns;
        mostRecent = new long[catchUpTurns + 1];
    }

    public int Eligible { get; private set; }

    public static bool IsCatchingUp(RepCandidate rep) =>
        rep.AwayUntilUtc is DateTime awayUntil && (rep.LastAssignedUtc is not DateTime last || awayUntil > last);

    /// <summary>Pass one: every eligible rep.</summary>
    public void Observe(RepCandidate rep)
    {
        Eligible++;
        if (IsCatchingUp(rep))
        {
            return;
        }

        if (rep.LastAssignedUtc is not DateTime last)
        {
            anyNewcomer = true;
            return;
        }

        var own = last.Ticks;
        oldestColleague = Math.Min(oldestColleague, own);
        var kept = Math.Min(colleagues, mostRecent.Length);
        colleagues++;
        if (kept == mostRecent.Length && own <= mostRecent[kept - 1])
        {
            return;
        }

        // Insertion into the few most recent times, newest first.
        var at = kept == mostRecent.Length ? kept - 1 : kept;
        while (at > 0 && mostRecent[at - 1] < own)
        {
            mostRecent[at] = mostRecent[at - 1];
            at--;
        }

        mostRecent[at] = own;
    }

    /// <summary>After pass one: the length of a turn, where newcomers stand, and the longest wait (which scores 1).</summary>
    public void Close(DateTime nowUtc)
    {
        now = nowUtc.Ticks;
        long turn = 0;
        if (colleagues >= mostRecent.Length)
        {
            turn = (now - mostRecent[mostRecent.Length - 1]) / mostRecent.Length;
        }
        else if (colleagues > 0)
        {
            turn = (now - oldestColleague) / colleagues;
        }

        credit = Math.Max(0, turn) * catchUpTurns;
        newcomerTicks = colleagues > 0 ? oldestColleague - 1 : now;
        lineOldest = anyNewcomer ? newcomerTicks : colleagues > 0 ? oldestColleague : now;
        longestWait = Math.Max(0, now - lineOldest);
    }

    /// <summary>The time the rep counts as waiting since, in ticks.</summary>
    public long EffectiveTicks(RepCandidate rep)
    {
        var own = rep.LastAssignedUtc?.Ticks ?? newcomerTicks;
        if (rep.AwayUntilUtc is DateTime awayUntil && IsCatchingUp(rep))
        {
            return Math.Max(own, awayUntil.Ticks - credit);
        }

        return own;
    }

    /// <summary>Waited time as a share of the longest wait in the line (capped at 1).</summary>
    public double Score(long effectiveTicks)
    {
        if (longestWait == 0)
        {
            return 1;
        }

        var waited = now - effectiveTicks;
        return waited <= 0 ? 0 : waited >= longestWait ? 1 : (double)waited / longestWait;
    }

    public bool IsNextInLine(long effectiveTicks) => effectiveTicks <= lineOldest;

    /// <summary>Whether the catch-up rule placed this rep later than their own last-assigned time.</summary>
    public bool IsHeldBack(RepCandidate rep) =>
        IsCatchingUp(rep) && EffectiveTicks(rep) != (rep.LastAssignedUtc?.Ticks ?? newcomerTicks);

    /// <summary>The rep's own last-assigned time for tie-breaks; never assigned sorts first.</summary>
    internal static long Own(RepCandidate rep) => rep.LastAssignedUtc?.Ticks ?? 0;
}
