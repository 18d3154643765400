extern alias plugins;

using System;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Dataverse;
using Dataverse.LeadHandover.InMemory;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>
/// An in-memory Dataverse with the repository's solution loaded (tables, environment variables, custom APIs,
/// steps), the Functions app's user and two reps. The solution's steps on lead are inert here (they are the plug-in
/// tests' subject); the two handover custom APIs run either small recording plug-ins, which let tests count calls
/// and refuse like the real ones, or the solution's real plug-ins. Time starts on Monday 2 March 2026, 09:30 UTC.
/// </summary>
internal sealed class TestOrganization
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private TestOrganization(InMemoryDataverse dataverse, WatchedTimeProvider clock)
    {
        Dataverse = dataverse;
        Clock = clock;
        Admin = dataverse.ServiceFor(dataverse.SystemUserId);
    }

    public InMemoryDataverse Dataverse { get; }

    public WatchedTimeProvider Clock { get; }

    /// <summary>The SYSTEM user's service, for arranging and inspecting data.</summary>
    public IOrganizationServiceAsync2 Admin { get; }

    public static TestOrganization Create(CustomApiPlugins customApis = CustomApiPlugins.Recording)
    {
        var clock = new WatchedTimeProvider(Start);
        var dataverse = new InMemoryDataverse(clock);

        SolutionLoader.Load(dataverse, RepositoryRoot.Combine("Solution", "src"), name => Resolve(name, customApis));
        if (customApis == CustomApiPlugins.Recording)
        {
            RegisterRecordingApis(dataverse);
        }

        var organization = new TestOrganization(dataverse, clock);
        organization.AddUser(Ids.FunctionsAppUser, "Lead Handover Functions", upn: null, entraObjectId: null);
        organization.AddRep(Ids.Rep, "Riley Seller", "riley.seller@contoso.example", Ids.RepEntraObject, "GMT Standard Time");
        organization.AddRep(Ids.OtherRep, "Sam Other", "sam.other@contoso.example", entraObjectId: null, timeZone: "W. Europe Standard Time");
        return organization;
    }

    private static Type Resolve(string typeName, CustomApiPlugins customApis) =>
        customApis == CustomApiPlugins.Real
            && (typeName == typeof(plugins::Dataverse.LeadHandover.Plugins.Handover.AcknowledgeHandover).FullName
                || typeName == typeof(plugins::Dataverse.LeadHandover.Plugins.Handover.RejectHandover).FullName)
            ? typeof(plugins::Dataverse.LeadHandover.Plugins.Handover.AcknowledgeHandover).Assembly.GetType(typeName, throwOnError: true)!
            : typeof(InertPlugin);

    private static void RegisterRecordingApis(InMemoryDataverse dataverse)
    {
        dataverse.RegisterCustomApi(new CustomApiDefinition(AcknowledgeHandoverApi.UniqueName, typeof(RecordingAcknowledgePlugin))
        {
            RequestParameters =
            [
                new CustomApiParameter(AcknowledgeHandoverApi.HandoverId, CustomApiParameterType.Guid),
                new CustomApiParameter(AcknowledgeHandoverApi.OnBehalfOfRep, CustomApiParameterType.Boolean, IsOptional: true),
            ],
            ResponseProperties =
            [
                new CustomApiParameter(AcknowledgeHandoverApi.AcknowledgedOn, CustomApiParameterType.DateTime),
                new CustomApiParameter(AcknowledgeHandoverApi.BusinessMinutesToAcknowledge, CustomApiParameterType.Integer),
                new CustomApiParameter(AcknowledgeHandoverApi.Breached, CustomApiParameterType.Boolean),
            ],
        });
        dataverse.RegisterCustomApi(new CustomApiDefinition(RejectHandoverApi.UniqueName, typeof(RecordingRejectPlugin))
        {
            RequestParameters =
            [
                new CustomApiParameter(RejectHandoverApi.HandoverId, CustomApiParameterType.Guid),
                new CustomApiParameter(RejectHandoverApi.Reason, CustomApiParameterType.String),
            ],
            ResponseProperties = [new CustomApiParameter(RejectHandoverApi.NewHandoverId, CustomApiParameterType.Guid)],
        });
    }

    public void AddRep(Guid userId, string fullName, string? upn, Guid? entraObjectId, string? timeZone)
    {
        AddUser(userId, fullName, upn, entraObjectId);
        Admin.Create(new Entity(RepProfileSchema.EntityName)
        {
            [RepProfileSchema.Name] = fullName,
            [RepProfileSchema.UserId] = new EntityReference(SystemUserSchema.EntityName, userId),
            [RepProfileSchema.TimeZone] = timeZone,
        });
    }

    public Guid Add(LeadBuilder lead) => Admin.Create(lead.Build());

    public Guid Add(HandoverBuilder handover) => Admin.Create(handover.Build());

    /// <summary>A lead with a full brief and an Awaiting handover of it to <see cref="Ids.Rep"/>.</summary>
    public TestOrganization WithStandardHandover(Action<HandoverBuilder>? adjust = null)
    {
        Add(new LeadBuilder());
        var handover = new HandoverBuilder();
        adjust?.Invoke(handover);
        Add(handover);
        return this;
    }

    public Entity Handover(Guid id) => Admin.Retrieve(HandoverSchema.EntityName, id, new ColumnSet(true));

    private void AddUser(Guid userId, string fullName, string? upn, Guid? entraObjectId)
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

        Admin.Create(user);
    }
}
