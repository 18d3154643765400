using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Notifications;
using Dataverse.LeadHandover.Sandbox.Clock;
using Dataverse.LeadHandover.Sandbox.Demo;
using Dataverse.LeadHandover.Sandbox.Metadata;
using Dataverse.LeadHandover.Sandbox.Organization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Sandbox.DryRun;

/// <summary>
/// Replays leads against a throwaway organization with the solution, the real plug-ins and the demo roster: each
/// lead is created by marketing at its arrival time, and its rep acknowledges after the minutes the file gives,
/// everything in time order on a frozen clock, so routing, SLA due times and breaches are the ones Dataverse would
/// produce. An optional policy replaces the <c>lh_HandoverPolicy</c> environment variable's value first.
/// </summary>
internal sealed class DryRunReplay(RepositoryLayout layout, string? policyJson, Action<int, int>? progress = null)
{
    public DryRunResult Run(IReadOnlyList<LeadRecord> leads)
    {
        ArgumentNullException.ThrowIfNull(leads);
        var arrivals = LeadFile.ArrivalTimes(leads, DemoOrganization.Start);
        var start = arrivals.Count == 0 ? DemoOrganization.Start : arrivals.Min();
        var clock = new SandboxClock(start < DemoOrganization.Start ? start : DemoOrganization.Start, running: false);
        var organization = SandboxOrganization.CreateEmpty(clock, layout);
        DemoPeople.Add(organization, clock.GetUtcNow());
        DemoSources.Add(organization.System);
        if (policyJson is not null)
        {
            SetPolicy(organization.System, policyJson);
        }

        var mapper = new LeadRowMapper(SolutionMetadata.Load(layout.SolutionSource), SourcesByName(organization.System));
        var leadIds = new Guid?[leads.Count];
        var refusals = new string?[leads.Count];
        var ackProblems = new string?[leads.Count];
        var events = new PriorityQueue<(bool Acknowledge, int Index), (DateTimeOffset At, int Order)>();
        for (var i = 0; i < leads.Count; i++)
        {
            events.Enqueue((false, i), (arrivals[i], i));
        }

        var order = leads.Count;
        var arrived = 0;
        while (events.TryDequeue(out var next, out var when))
        {
            var now = clock.GetUtcNow();
            if (when.At > now)
            {
                clock.Advance(when.At - now);
            }

            var lead = leads[next.Index];
            if (next.Acknowledge)
            {
                ackProblems[next.Index] = Acknowledge(organization, leadIds[next.Index]!.Value);
                continue;
            }

            try
            {
                leadIds[next.Index] = organization.Marketing.Create(mapper.ToLead(lead));
                if (AcknowledgeAfter(lead) is int minutes)
                {
                    events.Enqueue((true, next.Index), (clock.GetUtcNow() + TimeSpan.FromMinutes(minutes), order++));
                }
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                refusals[next.Index] = fault.Detail.Message;
            }

            organization.Dataverse.DrainAsyncOperations();
            progress?.Invoke(++arrived, leads.Count);
        }

        var ended = clock.GetUtcNow();
        var outcomes = leads.Select((lead, i) => Outcome(organization, lead, arrivals[i], leadIds[i], refusals[i], ackProblems[i], ended.UtcDateTime)).ToList();
        return new DryRunResult(outcomes, DemoRoster.Reps.Select(rep => rep.Name).ToList(), ended);
    }

    private static int? AcknowledgeAfter(LeadRecord lead) =>
        lead.Value(LeadRecord.AcknowledgeAfterMinutes) is { } text
            ? int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minutes)
                ? minutes
                : throw new FormatException("Line " + lead.Line + ": acknowledgeafterminutes must be a whole number of minutes; got '" + text + "'.")
            : null;

    private static string? Acknowledge(SandboxOrganization organization, Guid leadId)
    {
        if (HandoverActions.CurrentOf(organization.System, leadId) is not { } current)
        {
            return "not handed over, so nobody could acknowledge";
        }

        var (handoverId, repId) = current;

        try
        {
            HandoverActions.Acknowledge(organization.Dataverse.ServiceFor(repId), handoverId);
            return null;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            return fault.Detail.Message;
        }
    }

    private static LeadOutcome Outcome(SandboxOrganization organization, LeadRecord lead, DateTimeOffset arrived, Guid? leadId, string? refusal, string? ackProblem, DateTime endedUtc)
    {
        var outcome = new LeadOutcome(lead.Line, lead.Label, arrived) { Refusal = refusal, LeadId = leadId, AcknowledgementProblem = ackProblem };
        if (leadId is not Guid id || HandoverActions.CurrentOf(organization.System, id) is not { } current)
        {
            return outcome;
        }

        var (handoverId, repId) = current;

        var handover = organization.System.Retrieve(HandoverSchema.EntityName, handoverId, new ColumnSet(true));
        var status = handover.GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus)?.Value;
        var due = handover.GetAttributeValue<DateTime?>(HandoverSchema.DueOn);
        return outcome with
        {
            Tier = handover.GetAttributeValue<OptionSetValue>(HandoverSchema.Tier)?.Value switch { LeadTier.Hot => "Hot", LeadTier.Warm => "Warm", LeadTier.Cold => "Cold", _ => null },
            Rep = handover.GetAttributeValue<EntityReference>(HandoverSchema.RepId)?.Name,
            RepTimeZone = TimeZoneOf(organization.System, repId),
            Kind = handover.GetAttributeValue<OptionSetValue>(HandoverSchema.AssignmentKind)?.Value switch
            {
                AssignmentKind.ManagerChoice => "manager's choice",
                AssignmentKind.Fallback => "fallback",
                _ => "routed",
            },
            Reason = handover.GetAttributeValue<string>(HandoverSchema.AssignmentReason),
            DueOn = due,
            Status = status switch
            {
                HandoverStatus.Awaiting => "awaiting",
                HandoverStatus.Acknowledged => "acknowledged",
                HandoverStatus.Rejected => "rejected",
                HandoverStatus.Reassigned => "reassigned",
                HandoverStatus.Expired => "expired",
                _ => null,
            },
            AcknowledgedOn = handover.GetAttributeValue<DateTime?>(HandoverSchema.AcknowledgedOn),
            BusinessMinutesToAcknowledge = handover.GetAttributeValue<int?>(HandoverSchema.BusinessMinutesToAcknowledge),
            Breached = handover.GetAttributeValue<bool>(HandoverSchema.Breached),
            Overdue = status == HandoverStatus.Awaiting && due < endedUtc,
        };
    }

    /// <summary>Where the rep's times are shown: the profile's time zone (<see cref="RepLocalTime"/> falls back to UTC).</summary>
    private static string? TimeZoneOf(IOrganizationService system, Guid repId)
    {
        var query = new QueryExpression(RepProfileSchema.EntityName) { ColumnSet = new ColumnSet(RepProfileSchema.TimeZone), TopCount = 1 };
        query.Criteria.AddCondition(RepProfileSchema.UserId, ConditionOperator.Equal, repId);
        return system.RetrieveMultiple(query).Entities.FirstOrDefault()?.GetAttributeValue<string>(RepProfileSchema.TimeZone);
    }

    private static Dictionary<string, Guid> SourcesByName(IOrganizationService system)
    {
        var query = new QueryExpression(LeadSourceSchema.EntityName) { ColumnSet = new ColumnSet(LeadSourceSchema.Name) };
        return system.RetrieveMultiple(query).Entities.ToDictionary(source => source.GetAttributeValue<string>(LeadSourceSchema.Name), source => source.Id, StringComparer.OrdinalIgnoreCase);
    }

    private static void SetPolicy(IOrganizationService system, string json)
    {
        var query = new QueryExpression("environmentvariabledefinition") { ColumnSet = new ColumnSet("environmentvariabledefinitionid") };
        query.Criteria.AddCondition("schemaname", ConditionOperator.Equal, EnvironmentVariableNames.HandoverPolicy);
        var definition = system.RetrieveMultiple(query).Entities.Single();
        system.Create(new Entity("environmentvariablevalue")
        {
            ["schemaname"] = EnvironmentVariableNames.HandoverPolicy,
            ["value"] = json,
            ["environmentvariabledefinitionid"] = definition.ToEntityReference(),
        });
    }
}
