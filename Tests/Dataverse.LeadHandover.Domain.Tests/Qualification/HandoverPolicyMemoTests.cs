using System.Linq;
using Dataverse.LeadHandover.Domain.Qualification;
using Dataverse.LeadHandover.Domain.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Qualification;

[TestClass]
public sealed class HandoverPolicyMemoTests
{
    [TestMethod]
    public void Parse_SameTextAgain_ReturnsTheSamePolicyInstance()
    {
        // Arrange: a text no other test uses, so the memo entry is this test's own.
        var json = new HandoverPolicyJsonBuilder().Tier("Memo same text", isDefault: true, requires: "need").Build();

        // Act
        var first = HandoverPolicyMemo.Parse(json);
        var second = HandoverPolicyMemo.Parse(json);

        // Assert
        Assert.AreSame(first, second);
    }

    [TestMethod]
    public void Parse_EqualTextInAnotherString_ReturnsTheSamePolicyInstance()
    {
        // Arrange
        var json = new HandoverPolicyJsonBuilder().Tier("Memo equal text", isDefault: true).Build();
        var copy = new string(json.ToCharArray());

        // Act
        var first = HandoverPolicyMemo.Parse(json);
        var second = HandoverPolicyMemo.Parse(copy);

        // Assert
        Assert.AreNotSame(json, copy);
        Assert.AreSame(first, second);
    }

    [TestMethod]
    public void Parse_DifferentText_ReturnsItsOwnPolicy()
    {
        // Arrange
        var a = new HandoverPolicyJsonBuilder().Tier("Memo A", isDefault: true).Build();
        var b = new HandoverPolicyJsonBuilder().Tier("Memo B", isDefault: true).Build();

        // Act
        var policyA = HandoverPolicyMemo.Parse(a);
        var policyB = HandoverPolicyMemo.Parse(b);

        // Assert
        Assert.AreEqual("Memo A", policyA.DefaultTier.Name);
        Assert.AreEqual("Memo B", policyB.DefaultTier.Name);
    }

    [TestMethod]
    public void Parse_InvalidTextAgain_ThrowsEveryTimeWithTheSameProblems()
    {
        // Arrange
        const string json = "{ \"tiers\": [], \"memo\": \"invalid\" }";

        // Act
        var first = Assert.ThrowsExactly<HandoverPolicyException>(() => HandoverPolicyMemo.Parse(json));
        var second = Assert.ThrowsExactly<HandoverPolicyException>(() => HandoverPolicyMemo.Parse(json));

        // Assert
        Assert.AreNotSame(first, second);
        CollectionAssert.AreEqual(first.Problems.ToArray(), second.Problems.ToArray());
        Assert.HasCount(2, first.Problems);
    }
}
