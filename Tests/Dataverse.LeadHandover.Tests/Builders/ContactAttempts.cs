using System;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Tests.Builders;

/// <summary>A rep logging and completing contact attempts regarding a lead, the two ways clients complete activities.</summary>
internal static class ContactAttempts
{
    /// <summary>Creates an open activity regarding the lead and returns its id.</summary>
    public static Guid Log(IOrganizationService rep, string table, Guid leadId, string subject) =>
        rep.Create(new Entity(table)
        {
            ["subject"] = subject,
            ["regardingobjectid"] = new EntityReference("lead", leadId),
        });

    /// <summary>Completes it with SetState, as older clients and classic workflows do.</summary>
    public static void CompleteWithSetState(IOrganizationService rep, string table, Guid activityId) =>
        rep.Execute(new SetStateRequest
        {
            EntityMoniker = new EntityReference(table, activityId),
            State = new OptionSetValue(1),
            Status = new OptionSetValue(-1),
        });

    /// <summary>Completes it with an Update of statecode, as the Web API and model-driven apps do, recording when it ended.</summary>
    public static void CompleteWithUpdate(IOrganizationService rep, string table, Guid activityId, DateTime actualEndUtc) =>
        rep.Update(new Entity(table, activityId)
        {
            ["statecode"] = new OptionSetValue(1),
            ["actualend"] = actualEndUtc,
        });

    /// <summary>Logs and completes <paramref name="count"/> phone calls.</summary>
    public static void CompleteCalls(IOrganizationService rep, Guid leadId, int count)
    {
        for (var i = 0; i < count; i++)
        {
            CompleteWithSetState(rep, "phonecall", Log(rep, "phonecall", leadId, "Call " + (i + 1)));
        }
    }
}
