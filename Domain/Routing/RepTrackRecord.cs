using System;

namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>
/// How a rep has done with one kind of lead (a source and tier), from the handover ledger: how many they
/// received, how many they acknowledged and how fast (median business minutes), and how many converted.
/// Rejected handovers are left out by the caller: a rejection is neither a success nor a failure.
/// </summary>
public sealed class RepTrackRecord
{
    public RepTrackRecord(Guid sourceId, string tier, int handovers, int acknowledgements, double medianMinutesToAcknowledge, int conversions)
    {
        if (string.IsNullOrWhiteSpace(tier))
        {
            throw new ArgumentException("A track record is for a tier: give its name.", nameof(tier));
        }

        if (handovers < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(handovers), handovers, "Handovers can't be negative.");
        }

        if (acknowledgements < 0 || acknowledgements > handovers)
        {
            throw new ArgumentOutOfRangeException(nameof(acknowledgements), acknowledgements, "Acknowledgements are between 0 and the number of handovers.");
        }

        if (conversions < 0 || conversions > handovers)
        {
            throw new ArgumentOutOfRangeException(nameof(conversions), conversions, "Conversions are between 0 and the number of handovers.");
        }

        if (double.IsNaN(medianMinutesToAcknowledge) || double.IsInfinity(medianMinutesToAcknowledge) || medianMinutesToAcknowledge < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(medianMinutesToAcknowledge), medianMinutesToAcknowledge, "The median time to acknowledge is 0 or more minutes.");
        }

        SourceId = sourceId;
        Tier = tier.Trim();
        Handovers = handovers;
        Acknowledgements = acknowledgements;
        MedianMinutesToAcknowledge = medianMinutesToAcknowledge;
        Conversions = conversions;
    }

    public Guid SourceId { get; }

    public string Tier { get; }

    public int Handovers { get; }

    public int Acknowledgements { get; }

    /// <summary>Median business minutes from assignment to acknowledgement, over the acknowledged handovers.</summary>
    public double MedianMinutesToAcknowledge { get; }

    public int Conversions { get; }

    public double ConversionRate => Handovers == 0 ? 0 : (double)Conversions / Handovers;
}
