using System;
using System.Linq;
using System.Text.Json;
using Dataverse.LeadHandover.Compat.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Compat.Tests.Serialization;

/// <summary>
/// DataContractJsonSerializer output for SDK values, which is what webhook receivers read:
/// https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks and
/// https://learn.microsoft.com/dotnet/framework/wcf/feature-details/stand-alone-json-serialization-using-datacontractjsonserializer.
/// </summary>
[TestClass]
public sealed class EntityJsonTests
{
    private const string XrmContracts = "http://schemas.microsoft.com/xrm/2011/Contracts";

    [TestMethod]
    public void Write_Entity_UsesAlphabeticalMembersAndKeyValueArrays()
    {
        var lead = new LeadBuilder().WithSubject("Fleet renewal").Build();

        using var json = JsonDocument.Parse(DataContractJson.Write(lead));

        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        CollectionAssert.AreEqual(
            new[] { "Attributes", "EntityState", "FormattedValues", "Id", "KeyAttributes", "LogicalName", "RelatedEntities", "RowVersion" },
            names);
        var attribute = json.RootElement.GetProperty("Attributes")[0];
        Assert.AreEqual("subject", attribute.GetProperty("key").GetString());
        Assert.AreEqual("Fleet renewal", attribute.GetProperty("value").GetString());
        Assert.AreEqual(0, json.RootElement.GetProperty("KeyAttributes").GetArrayLength());
    }

    [TestMethod]
    public void Write_TypedValues_CarryContractTypeHintFirst()
    {
        var lead = new LeadBuilder().WithLeadSource(7).WithBudget(125000.50m).WithParentContact(KnownIds.Contact).Build();

        var text = DataContractJson.Write(lead);

        StringAssert.Contains(text, "{\"__type\":\"OptionSetValue:http:\\/\\/schemas.microsoft.com\\/xrm\\/2011\\/Contracts\",\"Value\":7}");
        StringAssert.Contains(text, "{\"__type\":\"Money:http:\\/\\/schemas.microsoft.com\\/xrm\\/2011\\/Contracts\",\"Value\":125000.50}");
        StringAssert.Contains(text, "{\"__type\":\"EntityReference:http:\\/\\/schemas.microsoft.com\\/xrm\\/2011\\/Contracts\",\"Id\":\"c0000000-0000-0000-0000-000000000001\"");
    }

    [TestMethod]
    public void Write_UtcDateTimeValue_UsesDateTicksWithoutOffset()
    {
        var lead = new LeadBuilder().WithHandoverDue(new DateTime(2024, 8, 2, 7, 0, 39, DateTimeKind.Utc)).Build();

        var text = DataContractJson.Write(lead);

        StringAssert.Contains(text, "\"value\":\"\\/Date(1722582039000)\\/\"");
    }

    [TestMethod]
    public void RoundTrip_TypedValues_ComeBackAsSdkTypes()
    {
        var lead = new LeadBuilder().WithLeadSource(7).WithBudget(125000.50m).WithParentContact(KnownIds.Contact).WithEscalationCount(2).Build();

        var copy = DataContractJson.Read<Entity>(DataContractJson.Write(lead));

        Assert.AreEqual("lead", copy.LogicalName);
        Assert.AreEqual(KnownIds.Lead, copy.Id);
        Assert.AreEqual(new OptionSetValue(7), copy["leadsourcecode"]);
        Assert.AreEqual(new Money(125000.50m), copy["budgetamount"]);
        Assert.AreEqual(new EntityReference("contact", KnownIds.Contact), copy["parentcontactid"]);
        Assert.AreEqual(2, copy["lhv_escalationcount"]);
    }

    [TestMethod]
    public void RoundTrip_GuidAndDateTimeValues_ComeBackAsStrings()
    {
        var lead = new LeadBuilder().WithHandoverDue(new DateTime(2024, 8, 2, 7, 0, 39, DateTimeKind.Utc)).Build();
        lead["lhv_ledgerid"] = KnownIds.OtherLead;

        var copy = DataContractJson.Read<Entity>(DataContractJson.Write(lead));

        Assert.AreEqual("1ead0000-0000-0000-0000-000000000002", copy["lhv_ledgerid"]);
        Assert.AreEqual("/Date(1722582039000)/", copy["lhv_handoverdue"]);
    }

    [TestMethod]
    public void Write_AliasedValue_IncludesInternalWireMembers()
    {
        var row = new Entity("lead", KnownIds.Lead);
        row["owner.fullname"] = new AliasedValue("systemuser", "fullname", "Sam Seller");

        using var json = JsonDocument.Parse(DataContractJson.Write(row));

        var value = json.RootElement.GetProperty("Attributes")[0].GetProperty("value");
        var names = value.EnumerateObject().Select(p => p.Name).ToArray();
        CollectionAssert.AreEqual(new[] { "__type", "AttributeLogicalName", "EntityLogicalName", "NeedFormatting", "ReturnType", "Value" }, names);
        Assert.AreEqual("AliasedValue:" + XrmContracts, value.GetProperty("__type").GetString());
    }

    [TestMethod]
    public void RoundTrip_OptionSetValueCollection_ComesBackAsObjectArrayOfOptions()
    {
        var lead = new Entity("lead", KnownIds.Lead);
        lead["lhv_channels"] = new OptionSetValueCollection(new[] { new OptionSetValue(1), new OptionSetValue(3) });

        var copy = DataContractJson.Read<Entity>(DataContractJson.Write(lead));

        var channels = (object[])copy["lhv_channels"];
        CollectionAssert.AreEqual(new[] { new OptionSetValue(1), new OptionSetValue(3) }, channels);
    }
}
