using System;
using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Fetch;

/// <summary>
/// FetchXML the platform rejects, with its codes: "Invalid XML." 0x80040201 for text that is not a fetch
/// (observed in the Web API's EntityExpression parser), and the QueryBuilder codes for invalid values
/// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes).
/// </summary>
[TestClass]
public sealed class MalformedFetchXmlTests
{
    private const int InvalidXml = -2147220991;

    [TestMethod]
    [DataRow("<fetch><entity name='lead'>", DisplayName = "unclosed element")]
    [DataRow("", DisplayName = "empty")]
    [DataRow("<query><entity name='lead' /></query>", DisplayName = "wrong root")]
    [DataRow("<fetch />", DisplayName = "no entity")]
    [DataRow("<fetch distinct='maybe'><entity name='lead' /></fetch>", DisplayName = "bad boolean")]
    [DataRow("<fetch count='-1'><entity name='lead' /></fetch>", DisplayName = "bad count")]
    public void RetrieveMultiple_NotAFetch_FaultsInvalidXmlNamingTheProblem(string fetch)
    {
        var store = QueryScenario.Build();

        var fault = FaultAssert.Throws(InvalidXml, () => store.RetrieveMultiple(new FetchExpression(fetch)));

        StringAssert.StartsWith(fault.Message, "Invalid XML. ");
        Assert.IsGreaterThan("Invalid XML. ".Length, fault.Message.Length);
    }

    [TestMethod]
    [DataRow("<filter><condition attribute='subject' operator='sounds-like' value='x' /></filter>", -2147217120, "sounds-like", DisplayName = "unknown operator")]
    [DataRow("<filter type='xor'><condition attribute='subject' operator='null' /></filter>", -2147217118, "xor", DisplayName = "unknown filter type")]
    [DataRow("<link-entity name='account' from='accountid' to='parentaccountid' link-type='sideways' />", -2147217129, "sideways", DisplayName = "unknown link type")]
    [DataRow("<link-entity name='account' to='parentaccountid' />", -2147217122, "from", DisplayName = "link without from")]
    [DataRow("<condition attribute='subject' operator='null' />", -2147217124, "condition", DisplayName = "condition outside filter")]
    [DataRow("<filter><condition operator='null' /></filter>", -2147217122, "attribute", DisplayName = "condition without attribute")]
    public void RetrieveMultiple_InvalidFetchContent_FaultsWithQueryBuilderCode(string inner, int errorCode, string named)
    {
        var store = QueryScenario.Build();
        var fetch = $"<fetch><entity name='lead'><attribute name='subject' />{inner}</entity></fetch>";

        var fault = FaultAssert.Throws(errorCode, () => store.RetrieveMultiple(new FetchExpression(fetch)));

        StringAssert.Contains(fault.Message, named);
    }

    [TestMethod]
    [DataRow("<attribute name='numberofemployees' aggregate='sum' />", -2147217143, DisplayName = "aggregate without alias")]
    [DataRow("<attribute name='subject' />", -2147217145, DisplayName = "plain attribute in aggregate")]
    [DataRow("<attribute name='leadid' alias='n' aggregate='count' /><order attribute='subject' />", -2147217103, DisplayName = "order by attribute")]
    [DataRow("<attribute name='leadid' alias='n' aggregate='median' />", -2147217126, DisplayName = "unknown aggregate")]
    [DataRow("<attribute name='leadid' alias='n' aggregate='count' /><attribute name='createdon' alias='d' groupby='true' dategrouping='decade' />", -2147217099, DisplayName = "unknown dategrouping")]
    public void RetrieveMultiple_InvalidAggregate_FaultsWithQueryBuilderCode(string attributes, int errorCode)
    {
        var store = QueryScenario.Build();
        var fetch = $"<fetch aggregate='true'><entity name='lead'>{attributes}</entity></fetch>";

        FaultAssert.Throws(errorCode, () => store.RetrieveMultiple(new FetchExpression(fetch)));
    }

    [TestMethod]
    public void RetrieveMultiple_UnknownEntity_FaultsUnknownTable()
    {
        var store = QueryScenario.Build();

        FaultAssert.Throws(-2147217150, () => store.RetrieveMultiple(new FetchExpression("<fetch><entity name='lhv_nothing' /></fetch>")));
    }

    [TestMethod]
    public void RetrieveMultiple_UnknownAttribute_FaultsUnknownColumn()
    {
        var store = QueryScenario.Build();

        FaultAssert.Throws(-2147217149, () => store.RetrieveMultiple(new FetchExpression("<fetch><entity name='lead'><attribute name='lhv_madeup' /></entity></fetch>")));
    }

    [TestMethod]
    public void RetrieveMultiple_FiscalDateGrouping_ThrowsNotSupported()
    {
        var store = QueryScenario.Build();
        const string fetch = "<fetch aggregate='true'><entity name='lead'><attribute name='leadid' alias='n' aggregate='count' /><attribute name='createdon' alias='p' groupby='true' dategrouping='fiscal-period' /></entity></fetch>";

        Assert.ThrowsExactly<NotSupportedException>(() => store.RetrieveMultiple(new FetchExpression(fetch)));
    }
}
