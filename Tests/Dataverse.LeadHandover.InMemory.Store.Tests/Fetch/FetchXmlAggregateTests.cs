using System;
using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Fetch;

/// <summary>
/// Aggregate FetchXML (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data):
/// count, countcolumn (and distinct), sum, avg, min, max, groupby (also of a lookup and by dategrouping month),
/// every value an AliasedValue; count is Int32 and aggregates of a currency column are Money, as the
/// aggregation sample reads them (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/samples/use-aggregation-fetchxml).
/// Averages of whole numbers are whole numbers as in SQL Server (Learn's example shows 35,200 / 9 as 3,911).
/// </summary>
[TestClass]
public sealed class FetchXmlAggregateTests
{
    [TestMethod]
    public void RetrieveMultiple_AggregatesWithoutGroupBy_ReturnOneRowOfTypedValues()
    {
        var store = QueryScenario.Build();
        store.Create(new LeadBuilder(KnownIds.Numbered(4)).WithSubject("Delta").WithEmployees(11).WithRevenue(250.25m).Build(), KnownIds.SalesUser);
        const string fetch = """
            <fetch aggregate='true'>
              <entity name='lead'>
                <attribute name='leadid' alias='rows' aggregate='count' />
                <attribute name='numberofemployees' alias='staffed' aggregate='countcolumn' />
                <attribute name='numberofemployees' alias='total' aggregate='sum' />
                <attribute name='numberofemployees' alias='average' aggregate='avg' />
                <attribute name='revenue' alias='revenue_sum' aggregate='sum' />
                <attribute name='revenue' alias='revenue_avg' aggregate='avg' />
                <attribute name='revenue' alias='revenue_min' aggregate='min' />
                <attribute name='revenue' alias='revenue_max' aggregate='max' />
              </entity>
            </fetch>
            """;

        var results = Run(store, fetch);

        Assert.HasCount(1, results.Entities);
        var row = results.Entities[0];
        Assert.AreEqual(4, Value(row, "rows"));
        Assert.AreEqual(3, Value(row, "staffed"));
        Assert.AreEqual(71, Value(row, "total"));
        Assert.AreEqual(23, Value(row, "average"));
        Assert.AreEqual(new Money(850.25m), Value(row, "revenue_sum"));
        Assert.AreEqual(new Money(850.25m / 3), Value(row, "revenue_avg"));
        Assert.AreEqual(new Money(100m), Value(row, "revenue_min"));
        Assert.AreEqual(new Money(500m), Value(row, "revenue_max"));
        Assert.AreEqual("lead", row.GetAttributeValue<AliasedValue>("total").EntityLogicalName);
        Assert.AreEqual("numberofemployees", row.GetAttributeValue<AliasedValue>("total").AttributeLogicalName);
    }

    [TestMethod]
    public void RetrieveMultiple_GroupByLookup_ReturnsEntityReferencePerGroupOrderedByAlias()
    {
        var store = QueryScenario.Build();
        const string fetch = """
            <fetch aggregate='true'>
              <entity name='lead'>
                <attribute name='leadid' alias='leads' aggregate='count' />
                <attribute name='ownerid' alias='owner' groupby='true' />
                <order alias='leads' descending='true' />
              </entity>
            </fetch>
            """;

        var results = Run(store, fetch);

        CollectionAssert.AreEqual(new object[] { 2, 1 }, results.Aliased("leads"));
        var owners = results.Aliased("owner").Cast<EntityReference>().ToList();
        Assert.AreEqual(new EntityReference("systemuser", KnownIds.SalesUser), owners[0]);
        Assert.AreEqual("Sam Sales", owners[0].Name);
        Assert.AreEqual(new EntityReference("systemuser", KnownIds.OtherUser), owners[1]);
    }

    [TestMethod]
    public void RetrieveMultiple_GroupByMonth_ReturnsMonthNumbersWithSums()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder(KnownIds.Numbered(1)).WithCloseDate(new DateTime(2024, 3, 5, 0, 0, 0, DateTimeKind.Utc)).WithRevenue(10m).Build(), KnownIds.SalesUser);
        store.Create(new LeadBuilder(KnownIds.Numbered(2)).WithCloseDate(new DateTime(2024, 3, 25, 0, 0, 0, DateTimeKind.Utc)).WithRevenue(20m).Build(), KnownIds.SalesUser);
        store.Create(new LeadBuilder(KnownIds.Numbered(3)).WithCloseDate(new DateTime(2024, 8, 1, 0, 0, 0, DateTimeKind.Utc)).WithRevenue(5m).Build(), KnownIds.SalesUser);
        const string fetch = """
            <fetch aggregate='true'>
              <entity name='lead'>
                <attribute name='revenue' alias='total' aggregate='sum' />
                <attribute name='estimatedclosedate' alias='month' groupby='true' dategrouping='month' />
                <order alias='month' />
              </entity>
            </fetch>
            """;

        var results = Run(store, fetch);

        CollectionAssert.AreEqual(new object[] { 3, 8 }, results.Aliased("month"));
        CollectionAssert.AreEqual(new object[] { new Money(30m), new Money(5m) }, results.Aliased("total"));
    }

    [TestMethod]
    [DataRow("day", 25)]
    [DataRow("week", 12)]
    [DataRow("month", 3)]
    [DataRow("quarter", 1)]
    [DataRow("year", 2023)]
    public void RetrieveMultiple_DateGrouping_MatchesLearnsExample(string grouping, int expected)
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().WithCloseDate(new DateTime(2023, 3, 25, 12, 0, 0, DateTimeKind.Utc)).Build(), KnownIds.SalesUser);
        var fetch = $"<fetch aggregate='true'><entity name='lead'><attribute name='leadid' alias='n' aggregate='count' /><attribute name='estimatedclosedate' alias='part' groupby='true' dategrouping='{grouping}' /></entity></fetch>";

        CollectionAssert.AreEqual(new object[] { expected }, Run(store, fetch).Aliased("part"));
    }

    [TestMethod]
    public void RetrieveMultiple_GroupByLinkedColumn_GroupsByTheLinkedValue()
    {
        var store = QueryScenario.Build();
        const string fetch = """
            <fetch aggregate='true'>
              <entity name='lead'>
                <attribute name='numberofemployees' alias='staff' aggregate='sum' />
                <link-entity name='account' from='accountid' to='parentaccountid' alias='acct' link-type='outer'>
                  <attribute name='address1_city' alias='city' groupby='true' />
                </link-entity>
                <order alias='city' />
              </entity>
            </fetch>
            """;

        var results = Run(store, fetch);

        CollectionAssert.AreEqual(new object?[] { null, "Dallas", "Redmond" }, results.Aliased("city"));
        CollectionAssert.AreEqual(new object?[] { 0, 50, 10 }, results.Aliased("staff"));
    }

    [TestMethod]
    public void RetrieveMultiple_CountColumnDistinct_CountsDifferentValues()
    {
        var store = QueryScenario.Build();
        const string fetch = "<fetch aggregate='true'><entity name='lead'><attribute name='ownerid' alias='owners' aggregate='countcolumn' distinct='true' /></entity></fetch>";

        CollectionAssert.AreEqual(new object[] { 2 }, Run(store, fetch).Aliased("owners"));
    }

    [TestMethod]
    public void RetrieveMultiple_AggregateOverNoRows_ReturnsOneRowWithZeroCountAndNullSum()
    {
        var store = new StoreBuilder().Build();
        const string fetch = "<fetch aggregate='true'><entity name='account'><attribute name='accountid' alias='n' aggregate='count' /><attribute name='revenue' alias='total' aggregate='sum' /></entity></fetch>";

        var results = Run(store, fetch);

        Assert.HasCount(1, results.Entities);
        Assert.AreEqual(0, Value(results.Entities[0], "n"));
        Assert.IsNull(Value(results.Entities[0], "total"));
    }

    [TestMethod]
    public void RetrieveMultiple_AggregateWithFilter_AggregatesOnlyMatchingRows()
    {
        var store = QueryScenario.Build();
        const string fetch = """
            <fetch aggregate='true'>
              <entity name='lead'>
                <attribute name='revenue' alias='total' aggregate='sum' />
                <filter><condition attribute='leadqualitycode' operator='eq' value='2' /></filter>
              </entity>
            </fetch>
            """;

        CollectionAssert.AreEqual(new object[] { new Money(500m) }, Run(store, fetch).Aliased("total"));
    }

    private static object? Value(Entity row, string alias) => row.GetAttributeValue<AliasedValue>(alias).Value;

    private static EntityCollection Run(DataverseStore store, string fetch) => store.RetrieveMultiple(new FetchExpression(fetch));
}
