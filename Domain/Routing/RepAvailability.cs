namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>Whether a rep takes new handovers now (the rep profile's availability choice, mapped at the edge).</summary>
public enum RepAvailability
{
    Available,
    Away,
    Offline,
}
