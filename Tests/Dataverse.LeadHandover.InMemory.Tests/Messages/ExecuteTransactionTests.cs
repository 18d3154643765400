using System.ServiceModel;
using Dataverse.LeadHandover.InMemory.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Tests.Messages;

/// <summary>
/// ExecuteTransaction as "Execute messages in a single database transaction" describes
/// (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-executetransaction): all or nothing,
/// an ExecuteTransactionFault naming the failing request, responses in request order when asked for.
/// </summary>
[TestClass]
public sealed class ExecuteTransactionTests
{
    [TestMethod]
    public void ExecuteTransaction_AllSucceed_ReturnsResponsesInOrder()
    {
        var organization = new OrganizationBuilder().Build();
        var request = new ExecuteTransactionRequest
        {
            ReturnResponses = true,
            Requests = new OrganizationRequestCollection
            {
                new CreateRequest { Target = new LeadBuilder().WithId(Ids.Lead1).Build() },
                new CreateRequest { Target = new LeadBuilder().WithId(Ids.Lead2).Build() },
            },
        };

        var response = (ExecuteTransactionResponse)organization.Service.Execute(request);

        Assert.AreEqual(Ids.Lead2, ((CreateResponse)response.Responses[1]).id);
    }

    [TestMethod]
    public void ExecuteTransaction_SecondFails_NothingIsWrittenAndTheFaultNamesIndexOne()
    {
        var organization = new OrganizationBuilder().Build();
        var request = new ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection
            {
                new CreateRequest { Target = new LeadBuilder().WithId(Ids.Lead1).Build() },
                new UpdateRequest { Target = new Entity("lead", Ids.Lead2) { ["subject"] = "missing" } },
                new CreateRequest { Target = new Entity("task", Ids.Task1) },
            },
        };

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => organization.Service.Execute(request));

        var transactionFault = (ExecuteTransactionFault)fault.Detail;
        Assert.AreEqual(1, transactionFault.FaultedRequestIndex);
        Assert.AreEqual(-2147220969, transactionFault.ErrorCode);
        Assert.AreEqual(0, organization.Service.RetrieveMultiple(new QueryExpression("lead")).Entities.Count);
        Assert.AreEqual(0, organization.Service.RetrieveMultiple(new QueryExpression("task")).Entities.Count);
    }

    [TestMethod]
    public void ExecuteTransaction_ContainingExecuteMultiple_IsRefused()
    {
        var organization = new OrganizationBuilder().Build();
        var request = new ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection
            {
                new ExecuteMultipleRequest { Settings = new ExecuteMultipleSettings(), Requests = new OrganizationRequestCollection() },
            },
        };

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => organization.Service.Execute(request));

        Assert.AreEqual(0, ((ExecuteTransactionFault)fault.Detail).FaultedRequestIndex);
    }
}
