using Dataverse.LeadHandover.Domain.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Intake;

[TestClass]
public sealed class LeadFactsTests
{
    [TestMethod]
    public void ToString_LeadWithPersonalData_ShowsNoneOfIt()
    {
        // Arrange
        var lead = LeadFactsBuilder.Complete().Scored(71).Build();

        // Act
        var text = lead.ToString();

        // Assert
        Assert.AreEqual("LeadFacts { Rating = Hot, Score = 71, LeadSourceId = none, IsSalesReady = true }", text);
        Assert.DoesNotContain("Quinn", text);
        Assert.DoesNotContain("@", text);
    }
}
