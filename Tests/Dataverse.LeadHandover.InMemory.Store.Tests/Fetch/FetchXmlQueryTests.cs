using System.Linq;
using System.Security;
using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Fetch;

/// <summary>
/// FetchXML queries through FetchExpression: attributes, filters and conditions with text values,
/// link-entity (from = column on the linked table, to = column on the parent), order, top and paging
/// (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/overview,
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/filter-rows,
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/join-tables,
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results).
/// </summary>
[TestClass]
public sealed class FetchXmlQueryTests
{
    [TestMethod]
    public void RetrieveMultiple_FetchWithNestedFilters_MatchesLikeTheQueryExpression()
    {
        var store = QueryScenario.Build();
        const string fetch = """
            <fetch>
              <entity name='lead'>
                <attribute name='subject' />
                <filter type='or'>
                  <condition attribute='subject' operator='eq' value='gamma' />
                  <filter type='and'>
                    <condition attribute='numberofemployees' operator='gt' value='5' />
                    <condition attribute='leadqualitycode' operator='in'>
                      <value>2</value>
                      <value>3</value>
                    </condition>
                  </filter>
                </filter>
                <order attribute='subject' />
              </entity>
            </fetch>
            """;

        CollectionAssert.AreEqual(new[] { "beta works", "Gamma" }, Run(store, fetch).Texts("subject"));
    }

    [TestMethod]
    [DataRow("<condition attribute='parentaccountid' operator='eq' value='{ACC00000-0000-0000-0000-000000000001}' />", "Alpha Build", DisplayName = "lookup by braced Guid")]
    [DataRow("<condition attribute='revenue' operator='ge' value='500' />", "beta works", DisplayName = "money by amount")]
    [DataRow("<condition attribute='estimatedclosedate' operator='on-or-before' value='2024-06-01' />", "Alpha Build", DisplayName = "date only")]
    [DataRow("<condition attribute='numberofemployees' operator='between'><value>40</value><value>60</value></condition>", "beta works", DisplayName = "between values")]
    [DataRow("<condition attribute='numberofemployees' operator='null' />", "Gamma", DisplayName = "null")]
    [DataRow("<condition attribute='subject' operator='not-like' value='[ag]%' />", "beta works", DisplayName = "not-like")]
    [DataRow("<condition attribute='subject' operator='begins-with' value='BET' />", "beta works", DisplayName = "begins-with")]
    [DataRow("<condition attribute='subject' operator='ends-with' value='ild' />", "Alpha Build", DisplayName = "ends-with")]
    [DataRow("<condition attribute='leadqualitycode' operator='ne' value='1' />", "beta works", DisplayName = "ne skips nulls")]
    [DataRow("<condition attribute='leadqualitycode' operator='not-in'><value>2</value></condition>", "Alpha Build", DisplayName = "not-in skips nulls")]
    [DataRow("<condition attribute='numberofemployees' operator='lt' value='50' />", "Alpha Build", DisplayName = "lt")]
    [DataRow("<condition attribute='estimatedclosedate' operator='on-or-after' value='2024-06-02' />", "beta works", DisplayName = "on-or-after")]
    public void RetrieveMultiple_FetchCondition_ConvertsTheTextValueToTheColumnType(string condition, string expected)
    {
        var store = QueryScenario.Build();
        var fetch = $"<fetch><entity name='lead'><attribute name='subject' /><filter>{condition}</filter></entity></fetch>";

        CollectionAssert.AreEqual(new[] { expected }, Run(store, fetch).Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_FetchEqUserId_MatchesTheCallersRows()
    {
        var store = QueryScenario.Build();
        const string fetch = "<fetch><entity name='lead'><attribute name='subject' /><filter><condition attribute='ownerid' operator='eq-userid' /></filter></entity></fetch>";

        var results = store.RetrieveMultiple(new FetchExpression(fetch), KnownIds.OtherUser);

        CollectionAssert.AreEqual(new[] { "Gamma" }, results.Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_FetchInnerAndOuterLinks_ReturnAliasedLinkColumns()
    {
        var store = QueryScenario.Build();
        const string fetch = """
            <fetch>
              <entity name='lead'>
                <attribute name='subject' />
                <link-entity name='account' from='accountid' to='parentaccountid' alias='acct' link-type='outer'>
                  <attribute name='name' />
                  <attribute name='address1_city' alias='city' />
                </link-entity>
                <link-entity name='systemuser' from='systemuserid' to='ownerid'>
                  <attribute name='fullname' />
                  <filter><condition attribute='fullname' operator='eq' value='Sam Sales' /></filter>
                </link-entity>
                <order attribute='subject' descending='true' />
              </entity>
            </fetch>
            """;

        var results = Run(store, fetch);

        CollectionAssert.AreEqual(new[] { "beta works", "Alpha Build" }, results.Texts("subject"));
        CollectionAssert.AreEqual(new object[] { "Fabrikam", "Contoso" }, results.Aliased("acct.name"));
        CollectionAssert.AreEqual(new object[] { "Dallas", "Redmond" }, results.Aliased("city"));
        CollectionAssert.AreEqual(new object[] { "Sam Sales", "Sam Sales" }, results.Aliased("systemuser1.fullname"));
    }

    [TestMethod]
    public void RetrieveMultiple_FetchConditionOnLinkEntityName_FiltersByTheLinkedColumn()
    {
        var store = QueryScenario.Build();
        const string fetch = """
            <fetch>
              <entity name='lead'>
                <attribute name='subject' />
                <link-entity name='account' from='accountid' to='parentaccountid' alias='acct' link-type='outer' />
                <filter><condition entityname='acct' attribute='address1_city' operator='eq' value='Redmond' /></filter>
              </entity>
            </fetch>
            """;

        CollectionAssert.AreEqual(new[] { "Alpha Build" }, Run(store, fetch).Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_FetchOrderInsideLinkEntity_SortsByTheLinkedColumn()
    {
        var store = QueryScenario.Build();
        const string fetch = """
            <fetch>
              <entity name='lead'>
                <attribute name='subject' />
                <link-entity name='account' from='accountid' to='parentaccountid'>
                  <order attribute='address1_city' />
                </link-entity>
              </entity>
            </fetch>
            """;

        CollectionAssert.AreEqual(new[] { "beta works", "Alpha Build" }, Run(store, fetch).Texts("subject"));
    }

    [TestMethod]
    public void RetrieveMultiple_FetchAllAttributesAndTop_ReturnsWholeRowsUpToTop()
    {
        var store = QueryScenario.Build();
        const string fetch = "<fetch top='1'><entity name='lead'><all-attributes /><order attribute='subject' /></entity></fetch>";

        var results = Run(store, fetch);

        Assert.HasCount(1, results.Entities);
        Assert.AreEqual("Alpha Build", results.Entities[0]["subject"]);
        Assert.AreEqual(10, results.Entities[0]["numberofemployees"]);
        Assert.IsFalse(results.MoreRecords);
    }

    [TestMethod]
    public void RetrieveMultiple_FetchPagesWithEscapedCookie_WalksEveryRowOnce()
    {
        var store = QueryScenario.Build();
        const string template = "<fetch count='2' page='{0}' {1}><entity name='lead'><attribute name='subject' /><order attribute='subject' /></entity></fetch>";

        var first = Run(store, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, 1, string.Empty));
        var cookieAttribute = "paging-cookie='" + SecurityElement.Escape(first.PagingCookie) + "'";
        var second = Run(store, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, 2, cookieAttribute));

        CollectionAssert.AreEqual(new[] { "Alpha Build", "beta works" }, first.Texts("subject"));
        Assert.IsTrue(first.MoreRecords);
        CollectionAssert.AreEqual(new[] { "Gamma" }, second.Texts("subject"));
        Assert.IsFalse(second.MoreRecords);
    }

    [TestMethod]
    public void RetrieveMultiple_FetchReturnTotalRecordCount_CountsTheMatches()
    {
        var store = QueryScenario.Build();
        const string fetch = "<fetch count='1' returntotalrecordcount='true'><entity name='lead'><attribute name='subject' /></entity></fetch>";

        Assert.AreEqual(3, Run(store, fetch).TotalRecordCount);
    }

    [TestMethod]
    public void RetrieveMultiple_FetchDistinctOverOneToManyLink_ReturnsEachRowOnce()
    {
        var store = QueryScenario.Build();
        const string fetch = """
            <fetch distinct='true'>
              <entity name='account'>
                <attribute name='name' />
                <link-entity name='contact' from='parentcustomerid' to='accountid' />
              </entity>
            </fetch>
            """;

        CollectionAssert.AreEqual(new[] { "Contoso" }, Run(store, fetch).Texts("name"));
    }

    [TestMethod]
    public void RetrieveMultiple_FetchColumnComparison_ComparesTwoColumnsOfTheRow()
    {
        var store = QueryScenario.Build();
        store.Update(new Entity("lead", KnownIds.Lead) { ["estimatedvalue"] = 150m }, ConcurrencyBehavior.Default, KnownIds.SalesUser);
        store.Update(new Entity("lead", KnownIds.OtherLead) { ["estimatedvalue"] = 150m }, ConcurrencyBehavior.Default, KnownIds.SalesUser);
        const string fetch = "<fetch><entity name='lead'><attribute name='subject' /><filter><condition attribute='estimatedvalue' operator='gt' valueof='revenue' /></filter></entity></fetch>";

        CollectionAssert.AreEqual(new[] { "Alpha Build" }, Run(store, fetch).Texts("subject"));
    }

    private static EntityCollection Run(DataverseStore store, string fetch) => store.RetrieveMultiple(new FetchExpression(fetch));
}
