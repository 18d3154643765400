using System;
using Dataverse.LeadHandover.InMemory.Store.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Rows;

/// <summary>
/// The faults of the main operations, keyed on the platform's error codes
/// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes):
/// ObjectDoesNotExist 0x80040217, DuplicateRecord 0x80040237, QueryBuilderNoEntity 0x80041102,
/// QueryBuilderNoAttribute 0x80041103, InvalidArgument 0x80040203, StringLengthTooLong 0x80044331.
/// </summary>
[TestClass]
public sealed class RowFaultTests
{
    private const int ObjectDoesNotExist = -2147220969;
    private const int DuplicateRecord = -2147220937;
    private const int UnknownTable = -2147217150;
    private const int UnknownColumn = -2147217149;
    private const int InvalidArgument = -2147220989;
    private const int StringLengthTooLong = -2147204303;

    [TestMethod]
    public void Create_IdAlreadyUsed_FaultsDuplicateRecord()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().Build(), KnownIds.SalesUser);

        FaultAssert.Throws(DuplicateRecord, () => store.Create(new LeadBuilder().Build(), KnownIds.SalesUser));
    }

    [TestMethod]
    public void Create_UnknownTable_FaultsWithMetadataCacheMessage()
    {
        var store = new StoreBuilder().Build();

        var fault = FaultAssert.Throws(UnknownTable, () => store.Create(new Entity("lhv_nothing"), KnownIds.SalesUser));

        Assert.AreEqual("The entity with a name = 'lhv_nothing' with namemapping = 'Logical' was not found in the MetadataCache.", fault.Message);
    }

    [TestMethod]
    public void Create_UnknownColumnOnTypedTable_FaultsNamingTableAndColumn()
    {
        var store = new StoreBuilder().Build();

        var fault = FaultAssert.Throws(UnknownColumn, () => store.Create(new LeadBuilder().With("lhv_madeup", "x").Build(), KnownIds.SalesUser));

        Assert.AreEqual("'lead' entity doesn't contain attribute with Name = 'lhv_madeup' and NameMapping = 'Logical'.", fault.Message);
    }

    [TestMethod]
    public void Create_AnyColumnOnLooselyTypedTable_IsAccepted()
    {
        var store = new StoreBuilder().Build();

        store.Create(new Entity("account", KnownIds.Account) { ["lhv_anything"] = 42 }, KnownIds.SalesUser);

        Assert.AreEqual(42, store.Retrieve("account", KnownIds.Account, new ColumnSet("lhv_anything")).GetAttributeValue<int>("lhv_anything"));
    }

    [TestMethod]
    [DataRow("numberofemployees", "ten", DisplayName = "text into whole number")]
    [DataRow("revenue", 10.5, DisplayName = "double into currency")]
    [DataRow("leadqualitycode", 2, DisplayName = "int into choice")]
    [DataRow("subject", 7, DisplayName = "int into text")]
    public void Create_ValueOfWrongType_FaultsInvalidArgument(string column, object value)
    {
        var store = new StoreBuilder().Build();

        var fault = FaultAssert.Throws(InvalidArgument, () => store.Create(new LeadBuilder().With(column, value).Build(), KnownIds.SalesUser));

        StringAssert.StartsWith(fault.Message, "Incorrect attribute value type " + value.GetType().FullName);
    }

    [TestMethod]
    public void Create_TextLongerThanMaxLength_FaultsStringLengthTooLong()
    {
        var store = new StoreBuilder().Build();
        var subject = new string('x', TestTables.SubjectMaxLength + 1);

        var fault = FaultAssert.Throws(StringLengthTooLong, () => store.Create(new LeadBuilder().WithSubject(subject).Build(), KnownIds.SalesUser));

        StringAssert.Contains(fault.Message, "'subject' attribute of the 'lead' entity exceeded the maximum allowed length of '20'");
    }

    [TestMethod]
    public void Create_TextOfExactlyMaxLength_IsAccepted()
    {
        var store = new StoreBuilder().Build();

        store.Create(new LeadBuilder().WithSubject(new string('x', TestTables.SubjectMaxLength)).Build(), KnownIds.SalesUser);

        Assert.AreEqual(TestTables.SubjectMaxLength, store.Retrieve("lead", KnownIds.Lead, new ColumnSet("subject")).GetAttributeValue<string>("subject").Length);
    }

    [TestMethod]
    public void Create_LookupToMissingRowOfDefinedTable_FaultsObjectDoesNotExist()
    {
        var store = new StoreBuilder().Build();

        var fault = FaultAssert.Throws(ObjectDoesNotExist, () => store.Create(new LeadBuilder().WithAccount(KnownIds.Missing).Build(), KnownIds.SalesUser));

        Assert.AreEqual($"Entity 'account' With Id = {KnownIds.Missing:D} Does Not Exist", fault.Message);
    }

    [TestMethod]
    public void Create_LookupToTableTheColumnDoesNotTarget_FaultsInvalidArgument()
    {
        var store = new StoreBuilder().Build();
        store.Create(new Entity("contact", KnownIds.Contact), KnownIds.SalesUser);

        FaultAssert.Throws(InvalidArgument, () => store.Create(new LeadBuilder().With("parentaccountid", new EntityReference("contact", KnownIds.Contact)).Build(), KnownIds.SalesUser));
    }

    [TestMethod]
    public void Retrieve_MissingRow_FaultsObjectDoesNotExistWithPlatformText()
    {
        var store = new StoreBuilder().Build();

        var fault = FaultAssert.Throws(ObjectDoesNotExist, () => store.Retrieve("lead", KnownIds.Missing, new ColumnSet(true)));

        Assert.AreEqual($"Entity 'lead' With Id = {KnownIds.Missing:D} Does Not Exist", fault.Message);
    }

    [TestMethod]
    public void Retrieve_UnknownColumnOnTypedTable_FaultsUnknownColumn()
    {
        var store = new StoreBuilder().Build();
        store.Create(new LeadBuilder().Build(), KnownIds.SalesUser);

        FaultAssert.Throws(UnknownColumn, () => store.Retrieve("lead", KnownIds.Lead, new ColumnSet("lhv_madeup")));
    }

    [TestMethod]
    public void Update_MissingRow_FaultsObjectDoesNotExist()
    {
        var store = new StoreBuilder().Build();

        FaultAssert.Throws(ObjectDoesNotExist, () => store.Update(new LeadBuilder(KnownIds.Missing).WithSubject("x").Build(), ConcurrencyBehavior.Default, KnownIds.SalesUser));
    }

    [TestMethod]
    public void Update_NoId_FaultsInvalidArgument()
    {
        var store = new StoreBuilder().Build();

        FaultAssert.Throws(InvalidArgument, () => store.Update(new Entity("lead") { ["subject"] = "x" }, ConcurrencyBehavior.Default, KnownIds.SalesUser));
    }

    [TestMethod]
    public void Delete_MissingRow_FaultsObjectDoesNotExist()
    {
        var store = new StoreBuilder().Build();

        FaultAssert.Throws(ObjectDoesNotExist, () => store.Delete(new EntityReference("lead", KnownIds.Missing), ConcurrencyBehavior.Default));
    }

    [TestMethod]
    public void Delete_UnknownTable_FaultsUnknownTable()
    {
        var store = new StoreBuilder().Build();

        FaultAssert.Throws(UnknownTable, () => store.Delete(new EntityReference("lhv_nothing", Guid.NewGuid()), ConcurrencyBehavior.Default));
    }
}
