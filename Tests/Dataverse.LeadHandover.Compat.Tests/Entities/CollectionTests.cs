using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Compat.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Compat.Tests.Entities;

/// <summary>
/// The SDK's collection types: https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.datacollection-2,
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.datacollection-1,
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.parametercollection and
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entitycollection.
/// </summary>
[TestClass]
public sealed class CollectionTests
{
    [TestMethod]
    public void Add_DuplicateKey_ThrowsArgumentException()
    {
        var attributes = new AttributeCollection { { "subject", "Fleet renewal" } };

        Assert.ThrowsExactly<ArgumentException>(() => attributes.Add("subject", "Other"));
    }

    [TestMethod]
    public void AddRange_Null_IsIgnored()
    {
        var attributes = new AttributeCollection();

        attributes.AddRange((IEnumerable<KeyValuePair<string, object>>)null!);

        Assert.IsEmpty(attributes);
    }

    [TestMethod]
    public void ParameterCollectionTryGetValue_StoredIntReadAsLong_ReturnsFalse()
    {
        var parameters = new ParameterCollection { { "Depth", 1 } };

        var found = parameters.TryGetValue<long>("Depth", out var depth);

        Assert.IsFalse(found);
        Assert.AreEqual(0L, depth);
    }

    [TestMethod]
    public void ParameterCollectionTryGetValue_StoredEntity_ReturnsIt()
    {
        var lead = new LeadBuilder().Build();
        var parameters = new ParameterCollection { { "Target", lead } };

        var found = parameters.TryGetValue<Entity>("Target", out var target);

        Assert.IsTrue(found);
        Assert.AreSame(lead, target);
    }

    [TestMethod]
    public void AddOrUpdateIfNotNull_NullValue_LeavesKeyAbsent()
    {
        var parameters = new ParameterCollection();

        parameters.AddOrUpdateIfNotNull("tag", null!);
        parameters.AddOrUpdateIfNotNull("AcceptLang", "en-GB");

        Assert.IsFalse(parameters.Contains("tag"));
        Assert.AreEqual("en-GB", parameters["AcceptLang"]);
    }

    [TestMethod]
    public void ParameterCollection_MissingKey_ThrowsKeyNotFoundException()
    {
        var parameters = new ParameterCollection();

        Assert.ThrowsExactly<KeyNotFoundException>(() => _ = parameters["Target"]);
    }

    [TestMethod]
    public void EntityCollection_BuiltFromArray_StaysGrowable()
    {
        var collection = new EntityCollection(new[] { new LeadBuilder().Build() });

        collection.Entities.Add(new Entity("lead", KnownIds.OtherLead));

        Assert.HasCount(2, collection.Entities);
        Assert.AreEqual(KnownIds.OtherLead, collection[1].Id);
    }

    [TestMethod]
    public void EntityCollection_IndexPastEnd_ThrowsArgumentOutOfRangeException()
    {
        var collection = new EntityCollection();

        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => _ = collection[0]);
    }

    [TestMethod]
    public void EntityCollection_New_HasDefaultPagingValues()
    {
        var collection = new EntityCollection();

        Assert.IsFalse(collection.MoreRecords);
        Assert.IsNull(collection.PagingCookie);
        Assert.AreEqual(0, collection.TotalRecordCount);
        Assert.IsEmpty(collection.Entities);
    }

    [TestMethod]
    public void DataCollectionToArray_AfterAddRange_KeepsOrder()
    {
        var references = new EntityReferenceCollection();

        references.AddRange(new EntityReference("lead", KnownIds.Lead), new EntityReference("lead", KnownIds.OtherLead));

        var array = references.ToArray();
        Assert.HasCount(2, array);
        Assert.AreEqual(KnownIds.OtherLead, array[1].Id);
    }
}
