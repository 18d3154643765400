using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Sandbox.DryRun;

/// <summary>Every lead's outcome and the roster they were routed among.</summary>
/// <param name="Outcomes">One per lead, in file order.</param>
/// <param name="Reps">Every rep of the roster, with whether their profile let them take leads at all.</param>
/// <param name="EndedAt">Sandbox time when the last event ran (overdue is measured here).</param>
internal sealed record DryRunResult(IReadOnlyList<LeadOutcome> Outcomes, IReadOnlyList<string> Reps, DateTimeOffset EndedAt);
