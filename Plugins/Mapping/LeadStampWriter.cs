using System;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.Intake;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.Mapping;

/// <summary>
/// Writes a <see cref="LeadStamp"/> into the PreOperation Target, so the main operation saves it with the
/// caller's own change: no second Update, no extra audit entry, no recursion.
/// </summary>
public static class LeadStampWriter
{
    public static void Apply(LeadStamp stamp, Entity target)
    {
        if (stamp is null)
        {
            throw new ArgumentNullException(nameof(stamp));
        }

        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        foreach (var field in stamp.Normalised.ChangedFields)
        {
            target[LeadFactsMapper.ColumnFor(field)] = LeadTextFieldValues.Of(stamp.Normalised.Facts, field);
        }

        if (stamp.Source?.Source is { } source)
        {
            target[LeadSchema.LeadSourceId] = new EntityReference(LeadSourceSchema.EntityName, source.Id);
            var inferred = stamp.Source.InferredFrom is not null;
            target[LeadSchema.SourceInferred] = inferred;
            target[LeadSchema.SourceInference] = inferred ? "Inferred from " + stamp.Source.InferredFrom : null;
            if (stamp.LeadSourceCodeToWrite is int code)
            {
                // Keeps the out-of-the-box Lead Source column consistent with the catalogue for reports that use it.
                target[LeadSchema.LeadSourceCode] = new OptionSetValue(code);
            }
        }

        var qualification = stamp.Qualification;
        target[LeadSchema.Tier] = TierOption(qualification.Tier.Name);
        target[LeadSchema.Completeness] = qualification.CompletenessPercent;
        target[LeadSchema.MissingQualification] = MissingList(qualification);
        target[LeadSchema.HandoverBrief] = stamp.Brief;

        if (stamp.BypassedBy is Guid bypassedBy)
        {
            target[LeadSchema.QualificationBypassedBy] = new EntityReference("systemuser", bypassedBy);
            target[LeadSchema.QualificationBypassedOn] = stamp.BypassedOn;
        }
    }

    /// <summary>The lh_leadtier choice for a policy tier; a tier name the choice doesn't list is left empty rather than guessed.</summary>
    private static OptionSetValue? TierOption(string tierName)
    {
        if (string.Equals(tierName, "Hot", StringComparison.OrdinalIgnoreCase))
        {
            return new OptionSetValue(LeadTier.Hot);
        }

        if (string.Equals(tierName, "Warm", StringComparison.OrdinalIgnoreCase))
        {
            return new OptionSetValue(LeadTier.Warm);
        }

        return string.Equals(tierName, "Cold", StringComparison.OrdinalIgnoreCase) ? new OptionSetValue(LeadTier.Cold) : null;
    }

    private static string? MissingList(Domain.Qualification.QualificationResult qualification)
    {
        if (qualification.Missing.Count == 0)
        {
            return null;
        }

        var names = new string[qualification.Missing.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Domain.Qualification.QualificationItemVocabulary.DisplayName(qualification.Missing[i]);
        }

        return string.Join("; ", names);
    }
}
