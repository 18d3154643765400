using System;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Qualification;

namespace Dataverse.LeadHandover.Plugins.Intake;

/// <summary>Everything PreOperation writes into Target for one lead change.</summary>
public sealed record LeadStamp(
    LeadNormalisation Normalised,
    LeadSourceResolution? Source,
    int? LeadSourceCodeToWrite,
    QualificationResult Qualification,
    string Brief,
    string? BypassReason,
    Guid? BypassedBy,
    DateTime? BypassedOn);
