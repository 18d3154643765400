using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Notifications.Cards;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// The SLA notice card is valid against the official Adaptive Card 1.4 schema (vendored under Schemas/, with its
/// licence), stays far under Teams' 28 KB message limit, and carries one mention entity per person its text mentions
/// ("Format cards in Microsoft Teams", mentions,
/// https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-format#mention-support-within-adaptive-cards).
/// </summary>
[TestClass]
public sealed class SlaNoticeCardTests
{
    private static readonly NoticeMention Manager = new("Morgan Manager", SweepIds.ManagerEntraObject.ToString("D"));
    private static readonly NoticeMention Rep = new("Riley Seller", "riley.seller@contoso.example");
    private static readonly NoticeMention Unmentionable = new("Sam Other", null);

    [TestMethod]
    public async Task Compose_Escalation_IsValidAgainstTheAdaptiveCardSchema()
    {
        var card = SlaNoticeCard.Compose(Content(Manager, Rep));

        var errors = await CardSchema.ErrorsAsync(card);

        Assert.IsEmpty(errors, string.Join(Environment.NewLine, errors));
    }

    [TestMethod]
    public void Compose_Escalation_MentionsEachMentionablePersonOnce()
    {
        var card = SlaNoticeCard.Compose(Content(Manager, Rep, Unmentionable, Manager));

        var entities = card["msteams"]!["entities"]!.AsArray();
        CollectionAssert.AreEqual(new[] { "<at>Morgan Manager</at>", "<at>Riley Seller</at>" }, entities.Select(entity => (string?)entity!["text"]).ToArray());
        var summary = (string?)card["body"]![1]!["text"];
        foreach (var entity in entities)
        {
            StringAssert.Contains(summary, (string?)entity!["text"]);
        }

        Assert.IsFalse(summary!.Contains("<at>Sam Other</at>", StringComparison.Ordinal), "Without an id, a person is named, not mentioned.");
    }

    [TestMethod]
    public void Compose_WrappedForTeams_StaysWellUnderTheMessageLimit()
    {
        var json = TeamsWorkflowMessage.Serialize(TeamsWorkflowMessage.Wrap(SlaNoticeCard.Compose(Content(Manager, Rep))));

        Assert.IsLessThan(HandoverCardPayload.BudgetBytes, Encoding.UTF8.GetByteCount(json));
    }

    private static SlaNoticeContent Content(params NoticeMention[] mentions) => new()
    {
        Title = "Handover not acknowledged in time",
        Summary = string.Join(", ", mentions.Select(SlaNoticeCard.Mention)) + " — Lead 1 was due by Tue 31 Mar 2026, 12:00.",
        Mentions = mentions,
        Facts = [new BriefFact("Lead", "Lead 1"), new BriefFact("Acknowledgement due", "Tue 31 Mar 2026, 12:00 (BST)")],
        Actions = [new NoticeAction("Open in Dynamics", new Uri("https://contoso.crm4.dynamics.com/main.aspx?etn=lead&id=1&pagetype=entityrecord"))],
        FallbackText = "Handover not acknowledged in time",
    };
}
