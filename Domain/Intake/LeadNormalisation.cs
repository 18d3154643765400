using System.Collections.Generic;

namespace Dataverse.LeadHandover.Domain.Intake;

/// <summary>The normalised lead and the fields that normalisation changed (write back only those).</summary>
public sealed class LeadNormalisation
{
    public LeadNormalisation(LeadFacts facts, IReadOnlyList<LeadTextField> changedFields)
    {
        Facts = facts;
        ChangedFields = changedFields;
    }

    public LeadFacts Facts { get; }

    /// <summary>In <see cref="LeadTextField"/> order; empty when the lead was already normal.</summary>
    public IReadOnlyList<LeadTextField> ChangedFields { get; }

    public bool HasChanges => ChangedFields.Count > 0;
}
