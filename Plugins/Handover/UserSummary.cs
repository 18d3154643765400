using System;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>A systemuser's name and manager (parentsystemuserid).</summary>
public sealed record UserSummary(Guid Id, string Name, Guid? ManagerId);
