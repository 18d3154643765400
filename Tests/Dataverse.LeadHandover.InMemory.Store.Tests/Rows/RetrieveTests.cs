using System;
using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Rows;

/// <summary>
/// Which columns Retrieve returns: all, the requested ones that have a value, or with a null ColumnSet only
/// the primary key (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.retrieverequest.columnset).
/// </summary>
[TestClass]
public sealed class RetrieveTests
{
    [TestMethod]
    public void Retrieve_AllColumns_ReturnsEveryStoredColumn()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().WithSubject("All").WithEmployees(5).Build(), KnownIds.SalesUser);

        var lead = store.Retrieve("lead", KnownIds.Lead, new ColumnSet(true));

        foreach (var column in new[] { "leadid", "subject", "numberofemployees", "createdon", "createdby", "modifiedon", "modifiedby", "ownerid", "statecode", "statuscode", "versionnumber" })
        {
            Assert.IsTrue(lead.Contains(column), column);
        }
    }

    [TestMethod]
    public void Retrieve_SomeColumns_ReturnsThoseWithAValuePlusPrimaryKey()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().WithSubject("Some").WithEmployees(5).Build(), KnownIds.SalesUser);

        var lead = store.Retrieve("lead", KnownIds.Lead, new ColumnSet("subject", "revenue"));

        Assert.AreEqual("Some", lead["subject"]);
        Assert.IsFalse(lead.Contains("revenue"), "a requested column without a value is absent");
        Assert.IsFalse(lead.Contains("numberofemployees"), "an unrequested column is absent");
        Assert.AreEqual(KnownIds.Lead, lead["leadid"]);
        Assert.AreEqual("lead", lead.LogicalName);
        Assert.AreEqual(KnownIds.Lead, lead.Id);
    }

    [TestMethod]
    public void Retrieve_NullColumnSet_ReturnsOnlyPrimaryKey()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().WithSubject("Only key").Build(), KnownIds.SalesUser);

        var lead = store.Retrieve("lead", KnownIds.Lead, null!);

        Assert.HasCount(1, lead.Attributes);
        Assert.AreEqual(KnownIds.Lead, lead["leadid"]);
    }

    [TestMethod]
    public void Retrieve_AnyColumns_CarriesRowVersion()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().Build(), KnownIds.SalesUser);

        var lead = store.Retrieve("lead", KnownIds.Lead, new ColumnSet());

        Assert.IsFalse(string.IsNullOrEmpty(lead.RowVersion));
        Assert.AreEqual(store.Snapshot("lead", KnownIds.Lead)!.GetAttributeValue<long>("versionnumber").ToString(System.Globalization.CultureInfo.InvariantCulture), lead.RowVersion);
    }
}
