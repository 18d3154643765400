using System;
using Dataverse.LeadHandover.Domain.Sla;

namespace Dataverse.LeadHandover.Sandbox.Sla;

/// <summary>One step of the ladder for one handover: what it is, when it falls due in business time, whether it has.</summary>
internal sealed record LadderRung(EscalationStep Step, DateTime DueUtc, bool Reached, bool Taken);
