using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>When each completed contact attempt regarding a lead was made.</summary>
public interface IContactAttemptLog
{
    IReadOnlyList<DateTime> CompletedRegarding(Guid leadId);
}
