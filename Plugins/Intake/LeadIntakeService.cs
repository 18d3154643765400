using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Qualification;
using Dataverse.LeadHandover.Plugins.Data;
using Dataverse.LeadHandover.Plugins.Mapping;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.Intake;

/// <summary>
/// Applies the intake rules to one lead change. <see cref="Validate"/> refuses with one message naming
/// every problem (PreValidation); <see cref="Stamp"/> computes what PreOperation writes into Target.
/// Both are pure given their sources, so they run the same way for a form, an import or the Web API.
/// </summary>
public sealed class LeadIntakeService
{
    private readonly ILeadSourceCatalogue _catalogue;
    private readonly IHandoverPolicySource _policy;
    private readonly ICallerRoles _roles;

    public LeadIntakeService(ILeadSourceCatalogue catalogue, IHandoverPolicySource policy, ICallerRoles roles)
    {
        _catalogue = catalogue ?? throw new ArgumentNullException(nameof(catalogue));
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _roles = roles ?? throw new ArgumentNullException(nameof(roles));
    }

    /// <summary>Throws one <see cref="InvalidPluginExecutionException"/> listing every problem; returns quietly when the change is acceptable.</summary>
    public void Validate(LeadChange change)
    {
        if (change is null)
        {
            throw new ArgumentNullException(nameof(change));
        }

        var problems = new List<string>(3);

        // Only the integration and admin roles may bypass, and only with a reason; anyone else is told so.
        var bypass = change.BypassReason is null ? null : QualificationBypass.Decide(_roles.RoleNamesOf(change.InitiatingUserId), change.BypassReason);
        if (bypass is { IsAllowed: false })
        {
            problems.Add(bypass.RefusalMessage!);
        }

        string? sourceRefusal = null;
        if (change.SourceSubmitted)
        {
            var resolution = ResolveSource(change);
            sourceRefusal = resolution.IsResolved ? null : resolution.RefusalReason;
        }

        QualificationResult? qualification = null;
        if (change.SalesReadyRequested && bypass is not { IsAllowed: true })
        {
            qualification = QualificationGate.Evaluate(change.Merged, _policy.Current());
        }

        var salesReadyMessage = SalesReadyRefusalMessage.Compose(sourceRefusal, qualification);
        if (salesReadyMessage is not null)
        {
            problems.Add(salesReadyMessage);
        }

        if (problems.Count > 0)
        {
            throw new InvalidPluginExecutionException(string.Join(" ", problems));
        }
    }

    /// <summary>What PreOperation writes: normalised values, the resolved source, tier, brief, completeness and bypass record.</summary>
    public LeadStamp Stamp(LeadChange change)
    {
        if (change is null)
        {
            throw new ArgumentNullException(nameof(change));
        }

        var normalised = LeadNormaliser.Normalise(change.Submitted);
        var merged = Reapply(change.Merged, normalised);
        var catalogue = _catalogue.Entries();

        LeadSourceResolution? source = null;
        if (change.SourceSubmitted)
        {
            source = LeadSourceResolver.Resolve(merged, catalogue);
            if (!source.IsResolved)
            {
                // PreValidation refuses this before we get here; reaching it means a step is missing.
                throw new InvalidPluginExecutionException(source.RefusalReason);
            }

            merged = merged with { LeadSourceId = source.Source!.Id };
        }

        var qualification = QualificationGate.Evaluate(merged, _policy.Current());
        var sourceName = source?.Source?.Name ?? NameOf(merged.LeadSourceId, catalogue);
        return new LeadStamp(
            Normalised: normalised,
            Source: source,
            LeadSourceCodeToWrite: source is not null && source.RequiresLeadSourceCodeUpdate(change.Merged.LeadSourceCode) ? source.LeadSourceCodeToWrite : null,
            Qualification: qualification,
            Brief: HandoverBriefComposer.Compose(merged, sourceName, qualification.Tier.Name),
            BypassReason: change.BypassReason,
            BypassedBy: change.BypassReason is null ? null : change.InitiatingUserId,
            BypassedOn: change.BypassReason is null ? null : change.OperationTime);
    }

    private LeadSourceResolution ResolveSource(LeadChange change) =>
        LeadSourceResolver.Resolve(change.Merged, _catalogue.Entries());

    /// <summary>The merged row with the caller's values replaced by their normalised form.</summary>
    private static LeadFacts Reapply(LeadFacts merged, LeadNormalisation normalised)
    {
        if (!normalised.HasChanges)
        {
            return merged;
        }

        var facts = merged;
        foreach (var field in normalised.ChangedFields)
        {
            facts = LeadTextFieldValues.With(facts, field, LeadTextFieldValues.Of(normalised.Facts, field));
        }

        return facts;
    }

    private static string? NameOf(Guid? sourceId, IReadOnlyList<LeadSourceEntry> catalogue)
    {
        if (sourceId is null)
        {
            return null;
        }

        for (var i = 0; i < catalogue.Count; i++)
        {
            if (catalogue[i].Id == sourceId.Value)
            {
                return catalogue[i].Name;
            }
        }

        return null;
    }
}
