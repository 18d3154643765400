using System;

namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>
/// The best few reps seen so far, best first: a top-k selection in one pass instead of sorting everyone.
/// Order: higher score, then longer wait, then older own last-assigned time, then lower user id, so every
/// decision is deterministic.
/// </summary>
internal sealed class TopCandidates
{
    private readonly int[] index;
    private readonly double[] score;
    private readonly long[] effective;
    private readonly long[] own;
    private readonly Guid[] userId;

    public TopCandidates(int capacity)
    {
        index = new int[capacity];
        score = new double[capacity];
        effective = new long[capacity];
        own = new long[capacity];
        userId = new Guid[capacity];
    }

    public int Count { get; private set; }

    public bool IsFull => Count == index.Length;

    /// <summary>The lowest score kept; once full, a rep scoring below it can't get in.</summary>
    public double Threshold => score[index.Length - 1];

    public int IndexAt(int rank) => index[rank];

    public double ScoreAt(int rank) => score[rank];

    public void Offer(int repIndex, double repScore, long repEffective, long repOwn, Guid repUserId)
    {
        var capacity = index.Length;
        if (Count == capacity && !Beats(repScore, repEffective, repOwn, repUserId, capacity - 1))
        {
            return;
        }

        var at = Count == capacity ? capacity - 1 : Count++;
        while (at > 0 && Beats(repScore, repEffective, repOwn, repUserId, at - 1))
        {
            index[at] = index[at - 1];
            score[at] = score[at - 1];
            effective[at] = effective[at - 1];
            own[at] = own[at - 1];
            userId[at] = userId[at - 1];
            at--;
        }

        index[at] = repIndex;
        score[at] = repScore;
        effective[at] = repEffective;
        own[at] = repOwn;
        userId[at] = repUserId;
    }

    private bool Beats(double s, long e, long o, Guid id, int rank)
    {
        if (s != score[rank])
        {
            return s > score[rank];
        }

        if (e != effective[rank])
        {
            return e < effective[rank];
        }

        if (o != own[rank])
        {
            return o < own[rank];
        }

        return id.CompareTo(userId[rank]) < 0;
    }
}
