using System;
using Dataverse.LeadHandover.Domain.Acknowledgement;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Acknowledgement;

[TestClass]
public sealed class ConstantTimeComparisonTests
{
    [TestMethod]
    [DataRow(new byte[] { 1, 2, 3 }, new byte[] { 1, 2, 3 }, true, DisplayName = "same bytes")]
    [DataRow(new byte[] { }, new byte[] { }, true, DisplayName = "both empty")]
    [DataRow(new byte[] { 1, 2, 3 }, new byte[] { 1, 2, 4 }, false, DisplayName = "last byte differs")]
    [DataRow(new byte[] { 9, 2, 3 }, new byte[] { 1, 2, 3 }, false, DisplayName = "first byte differs")]
    [DataRow(new byte[] { 1, 2, 3 }, new byte[] { 1, 2 }, false, DisplayName = "different length")]
    public void AreEqual_TwoArrays_ComparesEveryByte(byte[] left, byte[] right, bool expected)
    {
        var equal = ConstantTimeComparison.AreEqual(left, right);

        Assert.AreEqual(expected, equal);
    }

    [TestMethod]
    public void AreEqual_NullArgument_Throws()
    {
        Assert.ThrowsExactly<ArgumentNullException>(() => ConstantTimeComparison.AreEqual(null!, []));
    }
}
