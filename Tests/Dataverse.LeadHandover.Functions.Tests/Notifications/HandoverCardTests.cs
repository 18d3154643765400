using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Notifications.Cards;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Notifications;

/// <summary>
/// The handover card against the official Adaptive Card schema (1.4.0, vendored with its licence) and Teams'
/// rules: the Workflows envelope, version ≤ 1.5, a fallback text, <c>msteams</c> mentions whose text matches the
/// body, and the 28 KB message limit ("Format cards in Microsoft Teams",
/// https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-format; "Create incoming
/// webhooks with Workflows",
/// https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook).
/// </summary>
[TestClass]
public sealed class HandoverCardTests
{
    [TestMethod]
    public async Task Compose_StandardHandover_IsValidAgainstTheAdaptiveCardSchema()
    {
        var card = HandoverCard.Compose(new HandoverCardContentBuilder().Build());

        var errors = await Support.CardSchema.ErrorsAsync(card);

        Assert.IsEmpty(errors, string.Join("\n", errors));
    }

    [TestMethod]
    public async Task Compose_WithoutMentionReasonOrBrief_IsStillValid()
    {
        var card = HandoverCard.Compose(new HandoverCardContentBuilder().WithoutMention().WithAssignmentReason(null).WithBrief(null).Build());

        var errors = await Support.CardSchema.ErrorsAsync(card);

        Assert.IsEmpty(errors, string.Join("\n", errors));
        Assert.IsNull(card["msteams"]!["entities"]);
    }

    [TestMethod]
    public async Task Compose_CardBrokenOnPurpose_IsRejectedBySchema()
    {
        var card = HandoverCard.Compose(new HandoverCardContentBuilder().Build());
        card["body"]!.AsArray().Add(new JsonObject { ["type"] = "TextBlock", ["txet"] = "typo" });

        var errors = await Support.CardSchema.ErrorsAsync(card);

        Assert.IsNotEmpty(errors);
    }

    [TestMethod]
    public void Compose_AnyHandover_DeclaresVersion14WithFallbackText()
    {
        var card = HandoverCard.Compose(new HandoverCardContentBuilder().Build());

        Assert.AreEqual("1.4", (string?)card["version"]);
        StringAssert.Contains((string?)card["fallbackText"], "Ada Lovelace");
    }

    [TestMethod]
    public void Compose_RepWithMentionId_BodyCarriesExactlyTheMentionEntityText()
    {
        var card = HandoverCard.Compose(new HandoverCardContentBuilder().Build());

        var entity = card["msteams"]!["entities"]![0]!;
        var mentionText = (string)entity["text"]!;
        Assert.AreEqual("mention", (string?)entity["type"]);
        Assert.IsTrue(card["body"]!.AsArray().Any(e => (string?)e!["type"] == "TextBlock" && ((string?)e["text"])!.Contains(mentionText, StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Compose_AnyHandover_UsesOnlyOpenUrlActions()
    {
        var card = HandoverCard.Compose(new HandoverCardContentBuilder().Build());

        var actions = card["actions"]!.AsArray();
        CollectionAssert.AreEqual(new[] { "Acknowledge", "Open in Dynamics", "Reject" }, actions.Select(a => (string?)a!["title"]).ToArray());
        Assert.IsTrue(actions.All(a => (string?)a!["type"] == "Action.OpenUrl"));
    }

    [TestMethod]
    public void Compose_BriefWithMarkdownLink_KeepsItInAPlainTextRun()
    {
        const string injected = "[Click here](https://attacker.example) **now**";
        var card = HandoverCard.Compose(new HandoverCardContentBuilder().WithBrief("Need: " + injected).Build());

        var textBlocks = card["body"]!.ToJsonString();
        var run = card["body"]!.AsArray().OfType<JsonObject>()
            .Where(e => (string?)e["type"] == "Container")
            .SelectMany(c => c["items"]!.AsArray())
            .SelectMany(b => b!["inlines"]!.AsArray())
            .Single(i => (string?)i!["text"] == injected)!;

        Assert.AreEqual("TextRun", (string?)run["type"]);
        Assert.IsFalse(card["body"]!.AsArray().OfType<JsonObject>().Any(e => (string?)e["type"] == "TextBlock" && ((string?)e["text"])!.Contains("attacker", StringComparison.Ordinal)), textBlocks);
    }

    [TestMethod]
    public void Payload_4000CharacterBrief_StaysUnderTheTeamsLimitUnshortened()
    {
        var brief = HandoverCardContentBuilder.BriefOfLength(4000, 'x');

        var payload = HandoverCardPayload.Compose(new HandoverCardContentBuilder().WithBrief(brief).Build());

        Assert.IsLessThanOrEqualTo(HandoverCardPayload.BudgetBytes, Encoding.UTF8.GetByteCount(payload));
        Assert.DoesNotContain(HandoverCardPayload.ShortenedMarker, payload);
    }

    [TestMethod]
    public async Task Payload_4000CharacterNonLatinBrief_StaysUnderTheTeamsLimitAndValid()
    {
        var brief = HandoverCardContentBuilder.BriefOfLength(4000, '東');

        var payload = HandoverCardPayload.Compose(new HandoverCardContentBuilder().WithBrief(brief).WithAssignmentReason(new string('€', 2000)).Build());

        Assert.IsLessThan(HandoverCardPayload.TeamsMessageLimitBytes, Encoding.UTF8.GetByteCount(payload));
        var errors = await Support.CardSchema.ErrorsAsync(JsonNode.Parse(payload)!["attachments"]![0]!["content"]!);
        Assert.IsEmpty(errors, string.Join("\n", errors));
    }

    [TestMethod]
    public async Task Payload_BriefThatEscapesToOverTheLimit_IsShortenedMarkedAndStillValid()
    {
        // Control characters are written as six-byte \u00XX escapes: 4,000 of them in the brief plus a long reason
        // would take the message past the limit.
        var brief = HandoverCardContentBuilder.BriefOfLength(4000, '\u0001');
        var content = new HandoverCardContentBuilder().WithBrief(brief).WithAssignmentReason(new string('\u0002', 2000)).Build();

        var payload = HandoverCardPayload.Compose(content);

        Assert.IsLessThanOrEqualTo(HandoverCardPayload.BudgetBytes, Encoding.UTF8.GetByteCount(payload));
        StringAssert.Contains(payload, HandoverCardPayload.ShortenedMarker);
        var card = JsonNode.Parse(payload)!["attachments"]![0]!["content"]!;
        var errors = await Support.CardSchema.ErrorsAsync(card);
        Assert.IsEmpty(errors, string.Join("\n", errors));
        StringAssert.Contains(card.ToJsonString(), "Completeness");
    }

    [TestMethod]
    public void Payload_AnyHandover_IsTheWorkflowEnvelopeAroundTheCard()
    {
        var payload = JsonNode.Parse(HandoverCardPayload.Compose(new HandoverCardContentBuilder().Build()))!;

        Assert.AreEqual("message", (string?)payload["type"]);
        var attachment = payload["attachments"]!.AsArray().Single()!;
        Assert.AreEqual("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.IsTrue(attachment.AsObject().ContainsKey("contentUrl"));
        Assert.IsNull(attachment["contentUrl"]);
    }
}
