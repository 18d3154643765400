using System;
using System.Collections.Generic;
using System.Globalization;
using Dataverse.LeadHandover.Domain.Routing;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>
/// What the ledger says about every rep at once, as aggregate FetchXML (one query each, never one per rep;
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data).
/// </summary>
/// <remarks>
/// Aggregates stop at 50 000 rows, so the track record looks back <see cref="TrackRecordDays"/> days. FetchXML has
/// no median: the mean of the acknowledged handovers' business minutes stands in for the router's median.
/// Rejected handovers are left out of both figures: a rejection counts neither for nor against anyone.
/// </remarks>
public sealed class DataverseHandoverStatistics
{
    public const int TrackRecordDays = 180;

    /// <summary>lead.statecode of a qualified (converted) lead.</summary>
    private const int QualifiedLeadState = 1;

    private readonly IOrganizationService _service;

    public DataverseHandoverStatistics(IOrganizationService service) =>
        _service = service ?? throw new ArgumentNullException(nameof(service));

    /// <summary>Handovers awaiting acknowledgement, by rep: what capacity is measured against.</summary>
    public IReadOnlyDictionary<Guid, int> AwaitingByRep()
    {
        var fetch = string.Format(
            CultureInfo.InvariantCulture,
            "<fetch aggregate='true'><entity name='{0}'>"
            + "<attribute name='{1}' alias='rep' groupby='true' />"
            + "<attribute name='{2}' alias='awaiting' aggregate='count' />"
            + "<filter><condition attribute='{3}' operator='eq' value='{4}' /></filter>"
            + "</entity></fetch>",
            HandoverSchema.EntityName,
            HandoverSchema.RepId,
            HandoverSchema.HandoverId,
            HandoverSchema.HandoverStatus,
            HandoverStatus.Awaiting);

        var counts = new Dictionary<Guid, int>();
        foreach (var row in _service.RetrieveMultiple(new FetchExpression(fetch)).Entities)
        {
            if (Aliased(row, "rep") is EntityReference rep)
            {
                counts[rep.Id] = (int)Number(Aliased(row, "awaiting"));
            }
        }

        return counts;
    }

    /// <summary>Each rep's record with leads of this source and tier assigned since <paramref name="sinceUtc"/>.</summary>
    public IReadOnlyDictionary<Guid, RepTrackRecord> TrackRecords(Guid sourceId, int tierOption, string tierName, DateTime sinceUtc)
    {
        var fetch = string.Format(
            CultureInfo.InvariantCulture,
            "<fetch aggregate='true'><entity name='{0}'>"
            + "<attribute name='{1}' alias='rep' groupby='true' />"
            + "<attribute name='{2}' alias='handovers' aggregate='count' />"
            + "<attribute name='{3}' alias='acknowledged' aggregate='countcolumn' />"
            + "<attribute name='{4}' alias='minutes' aggregate='avg' />"
            + "<filter>"
            + "<condition attribute='{5}' operator='eq' value='{6}' />"
            + "<condition attribute='{7}' operator='eq' value='{8}' />"
            + "<condition attribute='{9}' operator='ne' value='{10}' />"
            + "<condition attribute='{11}' operator='ge' value='{12}' />"
            + "</filter>"
            + "<link-entity name='{13}' from='{14}' to='{15}' alias='lead' link-type='inner'>"
            + "<attribute name='{16}' alias='leadstate' groupby='true' />"
            + "</link-entity>"
            + "</entity></fetch>",
            HandoverSchema.EntityName,
            HandoverSchema.RepId,
            HandoverSchema.HandoverId,
            HandoverSchema.AcknowledgedOn,
            HandoverSchema.BusinessMinutesToAcknowledge,
            HandoverSchema.LeadSourceId,
            sourceId.ToString("D"),
            HandoverSchema.Tier,
            tierOption,
            HandoverSchema.HandoverStatus,
            HandoverStatus.Rejected,
            HandoverSchema.AssignedOn,
            DateTime.SpecifyKind(sinceUtc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            LeadSchema.EntityName,
            LeadSchema.LeadId,
            HandoverSchema.LeadId,
            LeadSchema.StateCode);

        var tallies = new Dictionary<Guid, Tally>();
        foreach (var row in _service.RetrieveMultiple(new FetchExpression(fetch)).Entities)
        {
            if (Aliased(row, "rep") is not EntityReference rep)
            {
                continue;
            }

            if (!tallies.TryGetValue(rep.Id, out var tally))
            {
                tally = new Tally();
                tallies[rep.Id] = tally;
            }

            var handovers = (int)Number(Aliased(row, "handovers"));
            var acknowledged = (int)Number(Aliased(row, "acknowledged"));
            tally.Handovers += handovers;
            tally.Acknowledged += acknowledged;
            tally.MinutesTimesAcknowledged += Number(Aliased(row, "minutes")) * acknowledged;
            if (State(Aliased(row, "leadstate")) == QualifiedLeadState)
            {
                tally.Conversions += handovers;
            }
        }

        var records = new Dictionary<Guid, RepTrackRecord>(tallies.Count);
        foreach (var pair in tallies)
        {
            var tally = pair.Value;
            var mean = tally.Acknowledged == 0 ? 0 : tally.MinutesTimesAcknowledged / tally.Acknowledged;
            records[pair.Key] = new RepTrackRecord(sourceId, tierName, tally.Handovers, tally.Acknowledged, Math.Max(0, mean), tally.Conversions);
        }

        return records;
    }

    private static object? Aliased(Entity row, string alias) =>
        row.Contains(alias) ? row.GetAttributeValue<AliasedValue>(alias)?.Value : null;

    private static double Number(object? value) => value switch
    {
        null => 0,
        int i => i,
        long l => l,
        decimal m => (double)m,
        double d => d,
        Money money => (double)money.Value,
        _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };

    private static int? State(object? value) => value switch
    {
        OptionSetValue option => option.Value,
        int i => i,
        _ => null,
    };

    private sealed class Tally
    {
        public int Handovers { get; set; }

        public int Acknowledged { get; set; }

        public double MinutesTimesAcknowledged { get; set; }

        public int Conversions { get; set; }
    }
}
