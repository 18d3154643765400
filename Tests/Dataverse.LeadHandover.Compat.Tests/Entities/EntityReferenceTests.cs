using Dataverse.LeadHandover.Compat.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Compat.Tests.Entities;

/// <summary>
/// Equality of <see cref="EntityReference"/> as in Microsoft's SDK (no operator overloads, no ToString override):
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entityreference.
/// </summary>
[TestClass]
public sealed class EntityReferenceTests
{
    [TestMethod]
    public void Equals_SameLogicalNameAndId_IgnoresNameAndRowVersion()
    {
        var first = new EntityReference("contact", KnownIds.Contact) { Name = "Dana Example", RowVersion = "1" };
        var second = new EntityReference("contact", KnownIds.Contact) { Name = "Someone Else", RowVersion = "2" };

        Assert.IsTrue(first.Equals(second));
        Assert.AreEqual(first.GetHashCode(), second.GetHashCode());
    }

    [TestMethod]
    public void Equals_LogicalNameInOtherCase_ReturnsFalse()
    {
        var first = new EntityReference("contact", KnownIds.Contact);
        var second = new EntityReference("Contact", KnownIds.Contact);

        Assert.IsFalse(first.Equals(second));
    }

    [TestMethod]
    public void Equals_DifferentId_ReturnsFalse()
    {
        var first = new EntityReference("lead", KnownIds.Lead);
        var second = new EntityReference("lead", KnownIds.OtherLead);

        Assert.IsFalse(first.Equals(second));
    }

    [TestMethod]
    public void Equals_DifferentKeyAttributes_ReturnsFalse()
    {
        var first = new EntityReference("lead", "lhv_externalref", "CRM-0042");
        var second = new EntityReference("lead", "lhv_externalref", "CRM-0043");

        Assert.IsFalse(first.Equals(second));
    }

    [TestMethod]
    public void EqualityOperator_DistinctEqualInstances_ComparesReferences()
    {
        var first = new EntityReference("contact", KnownIds.Contact);
        var second = new EntityReference("contact", KnownIds.Contact);

        Assert.IsFalse(first == second);
    }

    [TestMethod]
    public void ToString_NotOverridden_ReturnsTypeName()
    {
        var reference = new EntityReference("contact", KnownIds.Contact) { Name = "Dana Example" };

        Assert.AreEqual("Microsoft.Xrm.Sdk.EntityReference", reference.ToString());
    }

    [TestMethod]
    public void KeyAttributes_NewReference_IsEmptyNotNull()
    {
        var reference = new EntityReference("contact", KnownIds.Contact);

        Assert.IsNotNull(reference.KeyAttributes);
        Assert.IsEmpty(reference.KeyAttributes);
    }
}
