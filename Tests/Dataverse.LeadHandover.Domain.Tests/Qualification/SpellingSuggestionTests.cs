using Dataverse.LeadHandover.Domain.Qualification;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Qualification;

[TestClass]
public sealed class SpellingSuggestionTests
{
    [TestMethod]
    [DataRow("", "abc", 3)]
    [DataRow("kitten", "sitting", 3)]
    [DataRow("NextSteps", "nextSteps", 0)]
    [DataRow("tiers", "tier", 1)]
    public void Distance_TwoWords_IsTheCaseInsensitiveEditDistance(string a, string b, int expected) =>
        Assert.AreEqual(expected, SpellingSuggestion.Distance(a, b));

    [TestMethod]
    [DataRow("colour", "firstTouch", false)]
    [DataRow("slaBusinessMinute", "slaBusinessMinutes", true)]
    public void IsLikelyTypo_Word_TellsTyposFromOtherWords(string input, string candidate, bool expected) =>
        Assert.AreEqual(expected, SpellingSuggestion.IsLikelyTypo(input, candidate));
}
