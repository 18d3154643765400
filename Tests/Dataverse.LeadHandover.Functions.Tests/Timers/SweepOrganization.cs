extern alias plugins;

using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Dataverse;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Dataverse.LeadHandover.InMemory;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// An in-memory Dataverse with the repository's solution loaded (its plug-ins inert, <c>lh_RejectHandover</c> served
/// by <see cref="SweepRejectPlugin"/> or by the real plug-in), the activity tables contact attempts are counted from, and the people of the
/// ladder: the Functions app's user holding its least-privilege role (Lead Handover Integration), the rep Riley (UK calendar with the Easter Monday
/// holiday), the next rep Sam, Riley's manager Morgan and Morgan's manager Dana. Time starts at the scenario's assignment.
/// </summary>
internal sealed class SweepOrganization
{
    private SweepOrganization(InMemoryDataverse dataverse, WatchedTimeProvider clock)
    {
        Dataverse = dataverse;
        Clock = clock;
        Admin = dataverse.ServiceFor(dataverse.SystemUserId);
    }

    public InMemoryDataverse Dataverse { get; }

    public WatchedTimeProvider Clock { get; }

    public IOrganizationServiceAsync2 Admin { get; }

    /// <param name="start">When the clock starts; the scenario's assignment by default.</param>
    /// <param name="realReject">Serve <c>lh_RejectHandover</c> with the solution's real plug-in (which routes the lead) instead of the stand-in.</param>
    public static SweepOrganization Create(DateTimeOffset? start = null, bool realReject = false)
    {
        var clock = new WatchedTimeProvider(start ?? SweepScenario.Start);
        var dataverse = new InMemoryDataverse(clock);

        var realRejectPlugin = typeof(plugins::Dataverse.LeadHandover.Plugins.Handover.RejectHandover);
        SolutionLoader.Load(
            dataverse,
            RepositoryRoot.Combine("Solution", "src"),
            name => realReject && name == realRejectPlugin.FullName ? realRejectPlugin : typeof(InertPlugin));
        var organization = new SweepOrganization(dataverse, clock);
        organization.Arrange();
        if (realReject)
        {
            return organization;
        }

        dataverse.RegisterCustomApi(new CustomApiDefinition(RejectHandoverApi.UniqueName, typeof(SweepRejectPlugin))
        {
            RequestParameters =
            [
                new CustomApiParameter(RejectHandoverApi.HandoverId, CustomApiParameterType.Guid),
                new CustomApiParameter(RejectHandoverApi.Reason, CustomApiParameterType.String),
            ],
            ResponseProperties = [new CustomApiParameter(RejectHandoverApi.NewHandoverId, CustomApiParameterType.Guid)],
        });
        return organization;
    }

    public SweepOrganization With(params SweepHandoverBuilder[] handovers)
    {
        foreach (var handover in handovers)
        {
            Admin.Create(new LeadBuilder().WithId(SweepIds.Lead(handover.Number)).Named("Lead " + handover.Number).Build());
            Admin.Create(handover.Build());
        }

        return this;
    }

    /// <summary>A completed phone call with the lead of handover <paramref name="number"/>, ended at <paramref name="endedOn"/>.</summary>
    public void CompletedCall(int number, DateTime endedOn) =>
        Admin.Create(new Entity("phonecall")
        {
            ["subject"] = "Call",
            ["regardingobjectid"] = new EntityReference(LeadSchema.EntityName, SweepIds.Lead(number)),
            ["actualend"] = endedOn,
            ["statecode"] = 1,
            ["statuscode"] = 2,
        });

    public Entity Handover(Guid id) => Admin.Retrieve(HandoverSchema.EntityName, id, new ColumnSet(true));

    public int LevelOf(int number) => Handover(SweepIds.Handover(number)).GetAttributeValue<int?>(HandoverSchema.EscalationLevel) ?? 0;

    /// <summary>How many times the reject stand-in ran for handover <paramref name="number"/>, committed or not.</summary>
    public int RejectCalls(int number) =>
        Dataverse.TraceLog.Count(trace => trace.Text.Contains(SweepRejectPlugin.TracePrefix + SweepIds.Handover(number).ToString("D"), StringComparison.Ordinal));

    public void MoveTo(DateTime utc) => Clock.SetUtcNow(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    private void Arrange()
    {
        var businessUnit = new EntityReference("businessunit", Dataverse.RootBusinessUnitId);
        Admin.Create(new Entity("role", SweepIds.IntegrationRole) { ["name"] = SweepRejectPlugin.IntegrationRole, ["businessunitid"] = businessUnit });
        AddUser(Ids.FunctionsAppUser, "Lead Handover Functions", upn: null, entraObjectId: null, manager: null);
        Admin.Associate(
            SystemUserSchema.EntityName,
            Ids.FunctionsAppUser,
            new Relationship("systemuserroles_association"),
            [new EntityReference("role", SweepIds.IntegrationRole)]);

        AddUser(SweepIds.ManagersManager, "Dana Director", "dana.director@contoso.example", SweepIds.ManagersManagerEntraObject, manager: null);
        AddUser(SweepIds.Manager, "Morgan Manager", "morgan.manager@contoso.example", SweepIds.ManagerEntraObject, SweepIds.ManagersManager);
        AddUser(Ids.Rep, "Riley Seller", "riley.seller@contoso.example", Ids.RepEntraObject, SweepIds.Manager);
        AddUser(Ids.OtherRep, "Sam Other", "sam.other@contoso.example", entraObjectId: null, SweepIds.Manager);

        Admin.Create(new Entity(BusinessCalendarSchema.EntityName, SweepIds.UkCalendar)
        {
            [BusinessCalendarSchema.Name] = "UK sales",
            [BusinessCalendarSchema.TimeZone] = SweepScenario.TimeZone,
            [BusinessCalendarSchema.WorkingHours] = SweepScenario.WorkingHours,
        });
        Admin.Create(new Entity(HolidaySchema.EntityName, SweepIds.EasterMonday)
        {
            [HolidaySchema.Name] = "Easter Monday",
            [HolidaySchema.CalendarId] = new EntityReference(BusinessCalendarSchema.EntityName, SweepIds.UkCalendar),
            [HolidaySchema.Date] = SweepScenario.Holiday,
        });
        foreach (var (rep, name) in new[] { (Ids.Rep, "Riley Seller"), (Ids.OtherRep, "Sam Other") })
        {
            Admin.Create(new Entity(RepProfileSchema.EntityName)
            {
                [RepProfileSchema.Name] = name,
                [RepProfileSchema.UserId] = new EntityReference(SystemUserSchema.EntityName, rep),
                [RepProfileSchema.CalendarId] = new EntityReference(BusinessCalendarSchema.EntityName, SweepIds.UkCalendar),
                [RepProfileSchema.ManagerId] = new EntityReference(SystemUserSchema.EntityName, SweepIds.Manager),
            });
        }
    }

    private void AddUser(Guid userId, string fullName, string? upn, Guid? entraObjectId, Guid? manager)
    {
        var user = new Entity(SystemUserSchema.EntityName, userId)
        {
            [SystemUserSchema.FullName] = fullName,
            ["businessunitid"] = new EntityReference("businessunit", Dataverse.RootBusinessUnitId),
        };
        if (upn is not null)
        {
            user[SystemUserSchema.DomainName] = upn;
        }

        if (entraObjectId is not null)
        {
            user[SystemUserSchema.EntraObjectId] = entraObjectId.Value;
        }

        if (manager is not null)
        {
            user["parentsystemuserid"] = new EntityReference(SystemUserSchema.EntityName, manager.Value);
        }

        Admin.Create(user);
    }
}
