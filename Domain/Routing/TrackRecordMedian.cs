using System;

namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>
/// The median track-record score of the eligible reps with enough history, to the nearest 0.01: a histogram
/// keeps it to one pass and one small array however many reps there are. In teams of more than
/// <see cref="ExactUpTo"/> reps it is estimated from a sample of about that many, chosen by user id (so the
/// same whatever order the reps come in): a decision over 10 000 reps then doesn't read every track record twice.
/// The sample uses <see cref="Guid.GetHashCode"/>, which .NET Framework and .NET compute differently, so for such
/// large teams the plug-in and Functions may estimate slightly different medians; smaller teams are exact everywhere.
/// </summary>
internal sealed class TrackRecordMedian
{
    public const int ExactUpTo = 512;

    private const int Buckets = 101;

    private readonly int[] counts = new int[Buckets];
    private readonly uint sampleEvery;
    private int total;

    public TrackRecordMedian(int teamSize)
    {
        sampleEvery = teamSize <= ExactUpTo ? 1u : (uint)(teamSize / ExactUpTo);
    }

    public bool Samples(Guid userId) => sampleEvery == 1 || (uint)userId.GetHashCode() % sampleEvery == 0;

    public void Add(double score)
    {
        var bucket = (int)Math.Round(score * (Buckets - 1));
        counts[bucket < 0 ? 0 : bucket >= Buckets ? Buckets - 1 : bucket]++;
        total++;
    }

    /// <summary>The lower median, or null when nobody (sampled) had enough history.</summary>
    public double? Value()
    {
        if (total == 0)
        {
            return null;
        }

        var rank = (total + 1) / 2;
        var seen = 0;
        for (var bucket = 0; bucket < Buckets; bucket++)
        {
            seen += counts[bucket];
            if (seen >= rank)
            {
                return (double)bucket / (Buckets - 1);
            }
        }

        return 1;
    }
}
