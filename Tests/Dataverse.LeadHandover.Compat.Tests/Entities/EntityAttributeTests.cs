using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Compat.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Compat.Tests.Entities;

/// <summary>
/// Attribute access on <see cref="Entity"/> as Microsoft's SDK behaves:
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entity,
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entity.getattributevalue and
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entity.trygetattributevalue.
/// </summary>
[TestClass]
public sealed class EntityAttributeTests
{
    [TestMethod]
    public void Indexer_MissingAttribute_ThrowsKeyNotFoundException()
    {
        var lead = new LeadBuilder().Build();

        Assert.ThrowsExactly<KeyNotFoundException>(() => _ = lead["subject"]);
    }

    [TestMethod]
    public void Indexer_NullName_ThrowsArgumentNullException()
    {
        var lead = new LeadBuilder().Build();

        Assert.ThrowsExactly<ArgumentNullException>(() => _ = lead[null!]);
    }

    [TestMethod]
    public void Indexer_SetNull_StoresNullAndContainsIsTrue()
    {
        var lead = new LeadBuilder().Build();

        lead["subject"] = null;

        Assert.IsTrue(lead.Contains("subject"));
        Assert.IsNull(lead["subject"]);
    }

    [TestMethod]
    public void Indexer_SetTwice_OverwritesValue()
    {
        var lead = new LeadBuilder().WithSubject("First").Build();

        lead["subject"] = "Second";

        Assert.AreEqual("Second", lead["subject"]);
        Assert.HasCount(1, lead.Attributes);
    }

    [TestMethod]
    [DataRow("Subject")]
    [DataRow("SUBJECT")]
    [DataRow("subject ")]
    public void Contains_DifferentSpelling_ReturnsFalse(string attributeName)
    {
        var lead = new LeadBuilder().WithSubject("Fleet renewal").Build();

        Assert.IsFalse(lead.Contains(attributeName));
    }

    [TestMethod]
    public void GetAttributeValue_MissingAttribute_ReturnsDefaults()
    {
        var lead = new LeadBuilder().Build();

        Assert.IsNull(lead.GetAttributeValue<string>("subject"));
        Assert.IsNull(lead.GetAttributeValue<Money>("budgetamount"));
        Assert.IsNull(lead.GetAttributeValue<int?>("lhv_escalationcount"));
        Assert.AreEqual(0, lead.GetAttributeValue<int>("lhv_escalationcount"));
        Assert.IsFalse(lead.GetAttributeValue<bool>("donotemail"));
        Assert.AreEqual(Guid.Empty, lead.GetAttributeValue<Guid>("leadid"));
        Assert.AreEqual(DateTime.MinValue, lead.GetAttributeValue<DateTime>("lhv_handoverdue"));
    }

    [TestMethod]
    public void GetAttributeValue_NullValue_ReturnsDefault()
    {
        var lead = new LeadBuilder().Build();
        lead["lhv_escalationcount"] = null;

        Assert.AreEqual(0, lead.GetAttributeValue<int>("lhv_escalationcount"));
        Assert.IsNull(lead.GetAttributeValue<OptionSetValue>("lhv_escalationcount"));
    }

    [TestMethod]
    public void GetAttributeValue_StoredValue_ReturnsIt()
    {
        var lead = new LeadBuilder().WithEscalationCount(2).WithLeadSource(7).Build();

        Assert.AreEqual(2, lead.GetAttributeValue<int>("lhv_escalationcount"));
        Assert.AreEqual(2, lead.GetAttributeValue<int?>("lhv_escalationcount"));
        Assert.AreEqual(7, lead.GetAttributeValue<OptionSetValue>("leadsourcecode").Value);
    }

    [TestMethod]
    public void GetAttributeValue_OtherNumericType_ThrowsInvalidCastException()
    {
        var lead = new LeadBuilder().WithEscalationCount(2).Build();

        Assert.ThrowsExactly<InvalidCastException>(() => lead.GetAttributeValue<long>("lhv_escalationcount"));
    }

    [TestMethod]
    [DataRow(null)]
    [DataRow("")]
    [DataRow("   ")]
    public void GetAttributeValue_BlankName_ThrowsArgumentNullException(string? attributeName)
    {
        var lead = new LeadBuilder().Build();

        Assert.ThrowsExactly<ArgumentNullException>(() => lead.GetAttributeValue<string>(attributeName!));
    }

    [TestMethod]
    public void TryGetAttributeValue_ConvertibleString_ConvertsWithTypeConverter()
    {
        var lead = new LeadBuilder().Build();
        lead["lhv_escalationcount"] = "5";

        var found = lead.TryGetAttributeValue<int>("lhv_escalationcount", out var count);

        Assert.IsTrue(found);
        Assert.AreEqual(5, count);
    }

    [TestMethod]
    public void TryGetAttributeValue_BoxedLongReadAsInt_ReturnsFalse()
    {
        var lead = new LeadBuilder().Build();
        lead["lhv_escalationcount"] = 5L;

        var found = lead.TryGetAttributeValue<int>("lhv_escalationcount", out var count);

        Assert.IsFalse(found);
        Assert.AreEqual(0, count);
    }

    [TestMethod]
    [DataRow(null)]
    [DataRow("subject")]
    public void TryGetAttributeValue_MissingOrBlank_ReturnsFalse(string? attributeName)
    {
        var lead = new LeadBuilder().Build();

        var found = lead.TryGetAttributeValue<string>(attributeName!, out var subject);

        Assert.IsFalse(found);
        Assert.IsNull(subject);
    }

    [TestMethod]
    public void Attributes_SetNull_NextReadIsEmptyCollection()
    {
        var lead = new LeadBuilder().WithSubject("Fleet renewal").Build();

        lead.Attributes = null;

        Assert.IsNotNull(lead.Attributes);
        Assert.IsEmpty(lead.Attributes);
    }
}
