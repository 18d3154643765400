using System.Linq;
using Dataverse.LeadHandover.Functions.Notifications.Cards;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Notifications;

[TestClass]
public sealed class BriefFactsTests
{
    [TestMethod]
    public void From_StandardBrief_ListsEveryHeadingInReadingOrderThenCompleteness()
    {
        var facts = BriefFacts.From(LeadBuilder.StandardBrief, "Ledger source", "Warm", 90);

        CollectionAssert.AreEqual(
            new[] { "Source", "Tier", "Contact", "Company", "Need", "Timescale", "Budget", "Authority", "Next steps", "Content that resonated", "Completeness" },
            facts.Select(f => f.Title).ToArray());
        Assert.AreEqual("Spring webinar", facts[0].Value);
        Assert.AreEqual("Hot", facts[1].Value);
        Assert.AreEqual("90 %", facts[^1].Value);
    }

    [TestMethod]
    public void From_NoBrief_UsesTheLedgersSourceAndTier()
    {
        var facts = BriefFacts.From(null, "Spring webinar", "Hot", completeness: null);

        CollectionAssert.AreEqual(new[] { "Source: Spring webinar", "Tier: Hot", "Completeness: not measured" }, facts.Select(f => f.Title + ": " + f.Value).ToArray());
    }

    [TestMethod]
    public void From_LineWithoutHeading_ContinuesThePreviousFact()
    {
        var facts = BriefFacts.From("Need: Forecasting\nand planning", null, null, 50);

        Assert.AreEqual("Forecasting and planning", facts.Single(f => f.Title == "Need").Value);
    }

    [TestMethod]
    public void From_UnknownHeading_IsKeptAfterTheKnownOnes()
    {
        var facts = BriefFacts.From("Partner: Contoso\nNeed: Forecasting", null, null, 50);

        CollectionAssert.AreEqual(new[] { "Need", "Partner", "Completeness" }, facts.Select(f => f.Title).ToArray());
    }
}
