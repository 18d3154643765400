using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Compat.Tests.Entities;

/// <summary>
/// Value equality of the SDK's column value classes, with no operator overloads or ToString overrides:
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.optionsetvalue,
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.money and
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.relationship.
/// </summary>
[TestClass]
public sealed class ValueTypeTests
{
    [TestMethod]
    public void OptionSetValue_SameValue_EqualsButNotOperatorEqual()
    {
        var first = new OptionSetValue(7);
        var second = new OptionSetValue(7);

        Assert.IsTrue(first.Equals(second));
        Assert.AreEqual(first.GetHashCode(), second.GetHashCode());
        Assert.IsFalse(first == second);
    }

    [TestMethod]
    public void OptionSetValue_DifferentValue_NotEqual()
    {
        Assert.IsFalse(new OptionSetValue(7).Equals(new OptionSetValue(8)));
    }

    [TestMethod]
    public void OptionSetValue_ToString_ReturnsTypeName()
    {
        Assert.AreEqual("Microsoft.Xrm.Sdk.OptionSetValue", new OptionSetValue(7).ToString());
    }

    [TestMethod]
    public void Money_DifferentScaleSameAmount_EqualsButNotOperatorEqual()
    {
        var first = new Money(1.50m);
        var second = new Money(1.5m);

        Assert.IsTrue(first.Equals(second));
        Assert.AreEqual(first.GetHashCode(), second.GetHashCode());
        Assert.IsFalse(first == second);
    }

    [TestMethod]
    public void Money_ToString_ReturnsTypeName()
    {
        Assert.AreEqual("Microsoft.Xrm.Sdk.Money", new Money(125000.50m).ToString());
    }

    [TestMethod]
    public void Relationship_ToString_JoinsSchemaNameAndRole()
    {
        var withRole = new Relationship("lhv_lead_handover") { PrimaryEntityRole = EntityRole.Referencing };
        var withoutRole = new Relationship("lhv_lead_handover");

        Assert.AreEqual("lhv_lead_handover.Referencing", withRole.ToString());
        Assert.AreEqual("lhv_lead_handover.", withoutRole.ToString());
    }

    [TestMethod]
    public void Relationship_SameSchemaNameAndRole_AreEqual()
    {
        var first = new Relationship("lhv_lead_handover") { PrimaryEntityRole = EntityRole.Referenced };
        var second = new Relationship("lhv_lead_handover") { PrimaryEntityRole = EntityRole.Referenced };
        var otherRole = new Relationship("lhv_lead_handover") { PrimaryEntityRole = EntityRole.Referencing };

        Assert.IsTrue(first.Equals(second));
        Assert.AreEqual(first.GetHashCode(), second.GetHashCode());
        Assert.IsFalse(first.Equals(otherRole));
    }

    [TestMethod]
    public void AliasedValue_Constructor_ExposesItsParts()
    {
        var aliased = new AliasedValue("contact", "fullname", "Dana Example");

        Assert.AreEqual("contact", aliased.EntityLogicalName);
        Assert.AreEqual("fullname", aliased.AttributeLogicalName);
        Assert.AreEqual("Dana Example", aliased.Value);
    }
}
