using System;
using Dataverse.LeadHandover.Compat.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Compat.Tests.Entities;

/// <summary>
/// Identity, copying and references of <see cref="Entity"/>:
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entity.toentityreference and
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entity.toentity.
/// </summary>
[TestClass]
public sealed class EntityIdentityTests
{
    [TestMethod]
    public void Equals_SameNameAndId_UsesReferenceEquality()
    {
        var first = new Entity("lead", KnownIds.Lead);
        var second = new Entity("lead", KnownIds.Lead);

        Assert.IsFalse(first.Equals(second));
        Assert.IsTrue(first.Equals(first));
    }

    [TestMethod]
    public void ToString_NotOverridden_ReturnsTypeName()
    {
        var lead = new LeadBuilder().Build();

        Assert.AreEqual("Microsoft.Xrm.Sdk.Entity", lead.ToString());
    }

    [TestMethod]
    public void Constructor_WithId_DoesNotAddPrimaryKeyAttribute()
    {
        var lead = new Entity("lead", KnownIds.Lead);

        Assert.AreEqual(KnownIds.Lead, lead.Id);
        Assert.IsFalse(lead.Contains("leadid"));
        Assert.IsEmpty(lead.Attributes);
    }

    [TestMethod]
    public void Constructor_WithKey_AddsOneKeyAttribute()
    {
        var lead = new Entity("lead", "lhv_externalref", "CRM-0042");

        Assert.AreEqual(Guid.Empty, lead.Id);
        Assert.AreEqual("CRM-0042", lead.KeyAttributes["lhv_externalref"]);
        Assert.IsEmpty(lead.Attributes);
    }

    [TestMethod]
    public void ToEntityReference_CopiesLogicalNameIdAndRowVersion()
    {
        var lead = new LeadBuilder().WithRowVersion("5948260").Build();

        var reference = lead.ToEntityReference();

        Assert.AreEqual("lead", reference.LogicalName);
        Assert.AreEqual(KnownIds.Lead, reference.Id);
        Assert.AreEqual("5948260", reference.RowVersion);
        Assert.IsNull(reference.Name);
    }

    [TestMethod]
    public void ToEntity_AsEntity_ReturnsShallowCopySharingAttributes()
    {
        var lead = new LeadBuilder().WithSubject("Fleet renewal").Build();

        var copy = lead.ToEntity<Entity>();

        Assert.AreNotSame(lead, copy);
        Assert.AreSame(lead.Attributes, copy.Attributes);
        Assert.AreEqual(lead.Id, copy.Id);
        Assert.AreEqual("lead", copy.LogicalName);
    }

    [TestMethod]
    public void ToEntity_TypeWithoutLogicalNameAttribute_ThrowsNotSupportedException()
    {
        var lead = new LeadBuilder().Build();

        Assert.ThrowsExactly<NotSupportedException>(() => lead.ToEntity<UnmarkedLead>());
    }

    [TestMethod]
    public void FormattedValues_Assigned_ReadsBackTheNewValues()
    {
        var lead = new LeadBuilder().WithLeadSource(7).Build();
        lead.FormattedValues["leadsourcecode"] = "Web";
        var replacement = new FormattedValueCollection { { "leadsourcecode", "Partner" } };

        lead.FormattedValues = replacement;

        Assert.AreEqual("Partner", lead.FormattedValues["leadsourcecode"]);
        Assert.HasCount(1, lead.FormattedValues);
    }

    [TestMethod]
    public void EntityState_NewEntity_IsNull()
    {
        var lead = new LeadBuilder().Build();

        Assert.IsNull(lead.EntityState);
        Assert.IsNull(lead.RowVersion);
    }

    private sealed class UnmarkedLead : Entity
    {
    }
}
