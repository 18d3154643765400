using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dataverse.LeadHandover.Compat.Tests.Messages;

/// <summary>
/// Typed requests are thin views over <see cref="OrganizationRequest.Parameters"/> and pre-create their main keys:
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.organizationrequest and
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.createrequest.
/// </summary>
[TestClass]
public sealed class RequestDefaultsTests
{
    [TestMethod]
    [DataRow(typeof(CreateRequest), "Create", new[] { "Target" })]
    [DataRow(typeof(UpdateRequest), "Update", new[] { "Target" })]
    [DataRow(typeof(DeleteRequest), "Delete", new[] { "Target" })]
    [DataRow(typeof(UpsertRequest), "Upsert", new[] { "Target" })]
    [DataRow(typeof(RetrieveRequest), "Retrieve", new[] { "Target", "ColumnSet" })]
    [DataRow(typeof(RetrieveMultipleRequest), "RetrieveMultiple", new[] { "Query" })]
    [DataRow(typeof(ExecuteMultipleRequest), "ExecuteMultiple", new[] { "Requests", "Settings" })]
    [DataRow(typeof(ExecuteTransactionRequest), "ExecuteTransaction", new[] { "Requests" })]
    [DataRow(typeof(WhoAmIRequest), "WhoAmI", new string[0])]
    public void Constructor_New_SetsRequestNameAndNullMainParameters(Type requestType, string requestName, string[] keys)
    {
        var request = (OrganizationRequest)Activator.CreateInstance(requestType)!;

        Assert.AreEqual(requestName, request.RequestName);
        CollectionAssert.AreEquivalent(keys, request.Parameters.Keys.ToList());
        Assert.IsTrue(request.Parameters.Values.All(v => v == null));
        Assert.IsNull(request.RequestId);
    }

    [TestMethod]
    public void CreateRequest_New_ContainsTargetWithNullValue()
    {
        var request = new CreateRequest();

        Assert.IsTrue(request.Parameters.Contains("Target"));
        Assert.IsNull(request.Parameters["Target"]);
        Assert.IsNull(request.Target);
    }

    [TestMethod]
    public void UpdateRequest_ConcurrencyBehavior_AbsentUntilSetAndReadsDefault()
    {
        var request = new UpdateRequest();

        Assert.IsFalse(request.Parameters.Contains("ConcurrencyBehavior"));
        Assert.AreEqual(ConcurrencyBehavior.Default, request.ConcurrencyBehavior);

        request.ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches;

        Assert.AreEqual(ConcurrencyBehavior.IfRowVersionMatches, request.Parameters["ConcurrencyBehavior"]);
    }

    [TestMethod]
    public void ExecuteTransactionRequest_ReturnResponses_AbsentReadsNull()
    {
        var request = new ExecuteTransactionRequest();

        Assert.IsNull(request.ReturnResponses);
        request.ReturnResponses = true;
        Assert.IsTrue(request.ReturnResponses);
    }

    [TestMethod]
    public void TypedProperty_Set_WritesParameterUnderPropertyName()
    {
        var lead = new Entity("lead");

        var request = new CreateRequest { Target = lead };

        Assert.AreSame(lead, request["Target"]);
    }

    [TestMethod]
    public void Indexer_MissingParameter_ThrowsKeyNotFoundException()
    {
        var request = new OrganizationRequest("lhv_EscalateHandover");

        Assert.ThrowsExactly<KeyNotFoundException>(() => _ = request["Target"]);
        Assert.IsEmpty(request.Parameters);
    }

    [TestMethod]
    public void SetStateRequest_New_PreCreatesMonikerStateAndStatus()
    {
        var request = new SetStateRequest();

        CollectionAssert.AreEquivalent(new[] { "EntityMoniker", "State", "Status" }, request.Parameters.Keys.ToList());
    }
}
