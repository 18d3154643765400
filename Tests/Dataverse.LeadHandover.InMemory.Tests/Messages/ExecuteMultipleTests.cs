using System;
using System.Linq;
using System.ServiceModel;
using Dataverse.LeadHandover.InMemory.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Tests.Messages;

/// <summary>
/// ExecuteMultiple as "Execute multiple requests using the SDK for .NET" describes
/// (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests), including
/// its table of response items for six requests where the third and fifth fail.
/// </summary>
[TestClass]
public sealed class ExecuteMultipleTests
{
    [TestMethod]
    [DataRow(true, true, 6, 2)]
    [DataRow(false, true, 3, 1)]
    [DataRow(true, false, 2, 2)]
    [DataRow(false, false, 1, 1)]
    public void ExecuteMultiple_SixRequestsThirdAndFifthFail_AnswersAsDocumented(bool continueOnError, bool returnResponses, int items, int faults)
    {
        var organization = new OrganizationBuilder().Build();
        var request = Batch(continueOnError, returnResponses);

        var response = (ExecuteMultipleResponse)organization.Service.Execute(request);

        Assert.AreEqual(items, response.Responses.Count);
        Assert.AreEqual(faults, response.Responses.Count(item => item.Fault is not null));
        Assert.IsTrue(response.IsFaulted);
        Assert.AreEqual(2, response.Responses.First(item => item.Fault is not null).RequestIndex);
    }

    [TestMethod]
    public void ExecuteMultiple_ItemFault_CarriesThePlatformsFault()
    {
        var organization = new OrganizationBuilder().Build();

        var response = (ExecuteMultipleResponse)organization.Service.Execute(Batch(continueOnError: true, returnResponses: false));

        Assert.AreEqual(-2147220969, response.Responses[0].Fault.ErrorCode);
        Assert.IsNull(response.Responses[0].Response);
    }

    [TestMethod]
    public void ExecuteMultiple_EachRequestCommitsOnItsOwn()
    {
        var organization = new OrganizationBuilder().Build();

        organization.Service.Execute(Batch(continueOnError: false, returnResponses: false));

        Assert.AreEqual(2, organization.Service.RetrieveMultiple(new QueryExpression("lead")).Entities.Count);
    }

    [TestMethod]
    public void ExecuteMultiple_SuccessfulCreate_ReturnsCreateResponse()
    {
        var organization = new OrganizationBuilder().Build();

        var response = (ExecuteMultipleResponse)organization.Service.Execute(Batch(continueOnError: true, returnResponses: true));

        Assert.AreEqual(Ids.Lead1, ((CreateResponse)response.Responses[0].Response).id);
    }

    [TestMethod]
    public void ExecuteMultiple_MoreThan1000Requests_FaultsWithMaxBatchSizeBeforeRunningAny()
    {
        var organization = new OrganizationBuilder().Build();
        var request = NewRequest(continueOnError: true, returnResponses: false);
        request.Requests.AddRange(Enumerable.Range(0, 1001).Select(_ => (OrganizationRequest)new CreateRequest { Target = new Entity("lead") }));

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => organization.Service.Execute(request));

        Assert.AreEqual(1000, Convert.ToInt32(fault.Detail.ErrorDetails["MaxBatchSize"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.AreEqual(0, organization.Service.RetrieveMultiple(new QueryExpression("lead")).Entities.Count);
    }

    [TestMethod]
    public void ExecuteMultiple_ContainingExecuteMultiple_RefusesThatItem()
    {
        var organization = new OrganizationBuilder().Build();
        var request = NewRequest(continueOnError: true, returnResponses: true);
        request.Requests.Add(NewRequest(continueOnError: true, returnResponses: true));
        request.Requests.Add(new CreateRequest { Target = new LeadBuilder().WithId(Ids.Lead1).Build() });

        var response = (ExecuteMultipleResponse)organization.Service.Execute(request);

        Assert.IsNotNull(response.Responses[0].Fault);
        Assert.IsNotNull(response.Responses[1].Response);
    }

    private static ExecuteMultipleRequest Batch(bool continueOnError, bool returnResponses)
    {
        var request = NewRequest(continueOnError, returnResponses);
        request.Requests.Add(new CreateRequest { Target = new LeadBuilder().WithId(Ids.Lead1).Build() });
        request.Requests.Add(new CreateRequest { Target = new LeadBuilder().WithId(Ids.Lead2).Build() });
        request.Requests.Add(new UpdateRequest { Target = new Entity("lead", Ids.Contact1) { ["subject"] = "missing row" } });
        request.Requests.Add(new UpdateRequest { Target = new Entity("lead", Ids.Lead1) { ["subject"] = "fine" } });
        request.Requests.Add(new DeleteRequest { Target = new EntityReference("lead", Ids.Task1) });
        request.Requests.Add(new RetrieveRequest { Target = new EntityReference("lead", Ids.Lead2), ColumnSet = new ColumnSet() });
        return request;
    }

    private static ExecuteMultipleRequest NewRequest(bool continueOnError, bool returnResponses) => new()
    {
        Settings = new ExecuteMultipleSettings { ContinueOnError = continueOnError, ReturnResponses = returnResponses },
        Requests = new OrganizationRequestCollection(),
    };
}
