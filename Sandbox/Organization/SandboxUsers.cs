using System;

namespace Dataverse.LeadHandover.Sandbox.Organization;

/// <summary>The platform-side users every sandbox has, besides the demo's managers and reps.</summary>
/// <param name="MarketingUserId">Marketing's web forms: the intake form creates leads as this user, who owns them until a rep does.</param>
/// <param name="ApiClientUserId">Whoever calls the Web API subset (a marketing automation tool or a migration script).</param>
/// <param name="FunctionsAppUserId">The Functions app's application user (the Lead Handover Integration role).</param>
internal sealed record SandboxUsers(Guid MarketingUserId, Guid ApiClientUserId, Guid FunctionsAppUserId)
{
    public const string MarketingName = "Marketing (web forms)";
    public const string ApiClientName = "Marketing automation (Web API)";
    public const string FunctionsAppName = "Lead Handover Functions (application user)";
    public const string SalesRepRole = "Lead Handover Sales Rep";
    public const string SalesManagerRole = "Lead Handover Sales Manager";
    public const string IntegrationRole = "Lead Handover Integration";
}
