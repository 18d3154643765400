using System;
using System.IO;
using System.Linq;
using Dataverse.LeadHandover.Sandbox.Metadata;
using Dataverse.LeadHandover.Sandbox.Tests.Support;
using Dataverse.LeadHandover.Sandbox.WebApi;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Sandbox.Tests.WebApi;

/// <summary>
/// The Web API subset's <c>$filter</c>: comparisons joined by <c>and</c>, typed by the column
/// (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows).
/// </summary>
[TestClass]
public sealed class ODataFilterTests
{
    private static readonly Guid Source = new("50c0e000-0000-4000-8000-000000000001");
    private static SolutionMetadata metadata = null!;

    [ClassInitialize]
    public static void LoadMetadata(TestContext context) => metadata = SolutionMetadata.Load(Path.Combine(RepositoryRoot.Path, "Solution", "src"));

    [TestMethod]
    public void Parse_ComparisonsJoinedByAnd_BecomeTypedConditions()
    {
        var filter = ODataFilter.Parse("lh_salesready eq true and numberofemployees ge 250 and _lh_leadsourceid_value eq " + Source, "lead", metadata);

        Assert.AreEqual(LogicalOperator.And, filter.FilterOperator);
        var conditions = filter.Conditions.ToList();
        Assert.AreEqual(("lh_salesready", ConditionOperator.Equal, (object)true), (conditions[0].AttributeName, conditions[0].Operator, conditions[0].Values[0]));
        Assert.AreEqual(("numberofemployees", ConditionOperator.GreaterEqual, (object)250), (conditions[1].AttributeName, conditions[1].Operator, conditions[1].Values[0]));
        Assert.AreEqual(("lh_leadsourceid", ConditionOperator.Equal, (object)Source), (conditions[2].AttributeName, conditions[2].Operator, conditions[2].Values[0]));
    }

    [TestMethod]
    public void Parse_QuotedStringWithADoubledQuote_IsOneApostrophe()
    {
        var filter = ODataFilter.Parse("lastname eq 'O''Connor'", "lead", metadata);

        Assert.AreEqual("O'Connor", filter.Conditions.Single().Values[0]);
    }

    [TestMethod]
    public void Parse_EqNull_IsANullCondition()
    {
        var filter = ODataFilter.Parse("lh_leadsourceid eq null", "lead", metadata);

        Assert.AreEqual(ConditionOperator.Null, filter.Conditions.Single().Operator);
    }

    [TestMethod]
    [DataRow("firstname eq 'a' or lastname eq 'b'", "'or'", DisplayName = "or")]
    [DataRow("contains(firstname,'a')", "'('", DisplayName = "function")]
    [DataRow("firstname eq", "ends too early", DisplayName = "incomplete")]
    [DataRow("numberofemployees eq 'many'", "does not fit 'numberofemployees'", DisplayName = "wrong type")]
    public void Parse_OutsideTheSubset_IsRefusedSayingWhy(string filter, string expected)
    {
        var error = Assert.ThrowsExactly<ODataException>(() => ODataFilter.Parse(filter, "lead", metadata));

        StringAssert.Contains(error.Message, expected);
    }

    [TestMethod]
    public void Parse_UnknownProperty_AnswersWithDataversesMessage()
    {
        var error = Assert.ThrowsExactly<ODataException>(() => ODataFilter.Parse("Name eq 'x'", "lead", metadata));

        Assert.IsNotNull(error.Error);
    }

    [TestMethod]
    public void ODataValues_MoneyAndChoiceAndLookup_AreWrittenAsTheWebApiWritesThem()
    {
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            ODataValues.Write(writer, new Money(120000.5m));
            ODataValues.Write(writer, new OptionSetValue(725100000));
            ODataValues.Write(writer, new EntityReference("lh_leadsource", Source));
            ODataValues.Write(writer, new DateTime(2026, 3, 2, 9, 5, 0, DateTimeKind.Utc));
            writer.WriteEndArray();
        }

        Assert.AreEqual("[120000.5,725100000,\"" + Source + "\",\"2026-03-02T09:05:00Z\"]", System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
