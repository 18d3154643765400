using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Dataverse.LeadHandover.Sandbox.Metadata;
using Dataverse.LeadHandover.Sandbox.Organization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Sandbox.Teams;

/// <summary>
/// The sandbox's Teams on HTTP: the Workflows webhook the Functions post cards to (answering 202 Accepted, as the
/// "When a Teams webhook request is received" trigger does), and each rep's cards as JSON for the inbox page.
/// </summary>
internal static class TeamsEndpoints
{
    public const string WorkflowPath = "/teams/workflows/handovers";

    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(WorkflowPath, async (HttpRequest request, TeamsInbox inbox, TimeProvider clock) =>
        {
            using var reader = new StreamReader(request.Body);
            var cards = inbox.Receive(await reader.ReadToEndAsync(request.HttpContext.RequestAborted), clock.GetUtcNow());
            return cards == 0 ? Results.BadRequest("Expected a Workflows message with Adaptive Card attachments.") : Results.StatusCode(StatusCodes.Status202Accepted);
        });

        endpoints.MapGet("/teams/inbox/{userId:guid}/cards", (Guid userId, TeamsInbox inbox, SandboxOrganization organization) =>
        {
            var posts = inbox.For(MentionIdsOf(organization, userId));
            var feed = new JsonArray(posts.Select(post => (JsonNode)new JsonObject
            {
                ["id"] = post.Id.ToString("D"),
                ["receivedOn"] = DisplayValue.Time(post.ReceivedOn.UtcDateTime),
                ["card"] = JsonNode.Parse(post.CardJson),
            }).ToArray());
            return Results.Text(feed.ToJsonString(), "application/json; charset=utf-8");
        });
        return endpoints;
    }

    /// <summary>What a card may mention a user by: their Entra object id or their sign-in name.</summary>
    public static string[] MentionIdsOf(SandboxOrganization organization, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var user = organization.System.Retrieve("systemuser", userId, new ColumnSet("azureactivedirectoryobjectid", "domainname"));
        return new[]
        {
            user.GetAttributeValue<Guid?>("azureactivedirectoryobjectid")?.ToString("D"),
            user.GetAttributeValue<string>("domainname"),
        }.OfType<string>().ToArray();
    }
}
