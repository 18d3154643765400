using Dataverse.LeadHandover.Domain.Sla;
using Dataverse.LeadHandover.Functions.Options;
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Qualification;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Extensions.Options;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// Reads <see cref="SweepReferenceData"/> in three queries (both environment variables at once, the active
/// calendars, their active holidays) and keeps it for <see cref="SweepOptions.ReferenceDataLifetime"/>: the sweep
/// runs every minute, and none of this changes that often. Environment variables are read as Dataverse defines
/// them: the environment's value row, else the definition's default
/// (https://learn.microsoft.com/power-apps/maker/data-platform/environmentvariables).
/// </summary>
public sealed class SweepReferenceReader(IOrganizationServiceAsync2 dataverse, ThrottleGuard throttle, TimeProvider time, IOptions<SweepOptions> options)
{
    private const string DefinitionTable = "environmentvariabledefinition";
    private const string DefinitionId = "environmentvariabledefinitionid";
    private const string ValueTable = "environmentvariablevalue";
    private const string ValueAlias = "current";

    private SweepReferenceData? cached;

    public async Task<SweepReferenceData> GetAsync(Guid correlationId, CancellationToken cancellationToken)
    {
        // Timer runs never overlap on one host, so two reads racing here is rare and harmless: the later one wins.
        var current = Volatile.Read(ref cached);
        if (current is not null && time.GetUtcNow() - current.ReadAt < options.Value.ReferenceDataLifetime)
        {
            return current;
        }

        current = await ReadAsync(correlationId, cancellationToken);
        Volatile.Write(ref cached, current);
        return current;
    }

    private async Task<SweepReferenceData> ReadAsync(Guid correlationId, CancellationToken cancellationToken)
    {
        var readAt = time.GetUtcNow();
        var variables = await VariablesAsync(correlationId, cancellationToken);
        variables.TryGetValue(EnvironmentVariableNames.SweepSettings, out var settingsText);
        variables.TryGetValue(EnvironmentVariableNames.HandoverPolicy, out var policyText);
        var settings = SweepSettings.Parse(settingsText);
        var policy = Policy(policyText);
        var calendars = await CalendarsAsync(correlationId, cancellationToken);
        return new SweepReferenceData(settings, policy, new RepCalendarResolver(calendars), readAt);
    }

    private static HandoverPolicy Policy(string? text)
    {
        // The plug-ins refuse to work without a valid policy; the sweep does too, with the same variable named.
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SweepSettingsException("The environment variable " + EnvironmentVariableNames.HandoverPolicy
                + " has no value, so the sweep doesn't know the tiers' SLAs. Re-import the Lead Handover solution or set the variable's value.");
        }

        try
        {
            return HandoverPolicyMemo.Parse(text);
        }
        catch (HandoverPolicyException exception)
        {
            throw new SweepSettingsException("The environment variable " + EnvironmentVariableNames.HandoverPolicy + " is invalid: " + exception.Message, exception);
        }
    }

    private async Task<Dictionary<string, string?>> VariablesAsync(Guid correlationId, CancellationToken cancellationToken)
    {
        var query = new QueryExpression(DefinitionTable) { ColumnSet = new ColumnSet("schemaname", "defaultvalue") };
        query.Criteria.AddCondition("schemaname", ConditionOperator.In, EnvironmentVariableNames.SweepSettings, EnvironmentVariableNames.HandoverPolicy);
        var current = query.AddLink(ValueTable, DefinitionId, DefinitionId, JoinOperator.LeftOuter);
        current.EntityAlias = ValueAlias;
        current.Columns = new ColumnSet("value");

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in await AllAsync(query, correlationId, cancellationToken))
        {
            var name = row.GetAttributeValue<string>("schemaname");
            if (name is null)
            {
                continue;
            }

            var value = row.GetAttributeValue<AliasedValue>(ValueAlias + ".value")?.Value as string;
            values[name] = value ?? row.GetAttributeValue<string>("defaultvalue");
        }

        return values;
    }

    private async Task<List<CalendarDefinition>> CalendarsAsync(Guid correlationId, CancellationToken cancellationToken)
    {
        var calendars = new QueryExpression(BusinessCalendarSchema.EntityName)
        {
            ColumnSet = new ColumnSet(BusinessCalendarSchema.Name, BusinessCalendarSchema.TimeZone, BusinessCalendarSchema.WorkingHours),
        };
        calendars.Criteria.AddCondition(BusinessCalendarSchema.StateCode, ConditionOperator.Equal, 0);
        var calendarRows = await AllAsync(calendars, correlationId, cancellationToken);
        var result = new List<CalendarDefinition>(calendarRows.Count);
        if (calendarRows.Count == 0)
        {
            return result;
        }

        var holidays = new QueryExpression(HolidaySchema.EntityName) { ColumnSet = new ColumnSet(HolidaySchema.CalendarId, HolidaySchema.Date) };
        holidays.Criteria.AddCondition(HolidaySchema.StateCode, ConditionOperator.Equal, 0);
        var datesByCalendar = new Dictionary<Guid, List<DateTime>>();
        foreach (var holiday in await AllAsync(holidays, correlationId, cancellationToken))
        {
            if (holiday.GetAttributeValue<EntityReference>(HolidaySchema.CalendarId) is not { } calendar
                || holiday.GetAttributeValue<DateTime?>(HolidaySchema.Date) is not DateTime date)
            {
                continue;
            }

            if (!datesByCalendar.TryGetValue(calendar.Id, out var dates))
            {
                dates = [];
                datesByCalendar[calendar.Id] = dates;
            }

            dates.Add(date);
        }

        foreach (var row in calendarRows)
        {
            result.Add(new CalendarDefinition(
                row.Id,
                row.GetAttributeValue<string>(BusinessCalendarSchema.Name) ?? string.Empty,
                row.GetAttributeValue<string>(BusinessCalendarSchema.TimeZone),
                row.GetAttributeValue<string>(BusinessCalendarSchema.WorkingHours),
                datesByCalendar.TryGetValue(row.Id, out var dates) ? dates : []));
        }

        return result;
    }

    private async Task<List<Entity>> AllAsync(QueryExpression query, Guid correlationId, CancellationToken cancellationToken)
    {
        var rows = new List<Entity>();
        query.PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 };
        while (true)
        {
            var page = await throttle.CallAsync(token => dataverse.RetrieveMultipleAsync(query, token), correlationId, cancellationToken);
            rows.AddRange(page.Entities);
            if (!page.MoreRecords)
            {
                return rows;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
