using System;
using System.ServiceModel;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.InMemory.Tests.Builders;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Tests.Messages;

/// <summary>
/// The asynchronous interface ServiceClient callers use (IOrganizationServiceAsync2,
/// https://learn.microsoft.com/dotnet/api/microsoft.powerplatform.dataverse.client.iorganizationserviceasync2):
/// same pipeline, cancellation honoured before the call starts.
/// </summary>
[TestClass]
public sealed class AsyncServiceTests
{
    [TestMethod]
    public async Task CreateAndReturnAsync_ReturnsTheStoredRow()
    {
        IOrganizationServiceAsync2 service = new OrganizationBuilder().Build().Service;

        var lead = await service.CreateAndReturnAsync(new LeadBuilder().WithId(Ids.Lead1).Named("Ada").Build(), CancellationToken.None);

        Assert.AreEqual("Ada", lead.GetAttributeValue<string>("fullname"));
        Assert.IsTrue(lead.Contains("createdon"));
    }

    [TestMethod]
    public async Task CreateAsync_CancelledToken_DoesNothing()
    {
        var organization = new OrganizationBuilder().Build();
        IOrganizationServiceAsync2 service = organization.Service;
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsExactlyAsync<TaskCanceledException>(() => service.CreateAsync(new LeadBuilder().Build(), cancellation.Token));

        Assert.AreEqual(0, (await service.RetrieveMultipleAsync(new QueryExpression("lead"), CancellationToken.None)).Entities.Count);
    }

    [TestMethod]
    public async Task RetrieveAsync_MissingRow_FaultsLikeTheSynchronousCall()
    {
        IOrganizationServiceAsync service = new OrganizationBuilder().Build().Service;

        var fault = await Assert.ThrowsExactlyAsync<FaultException<OrganizationServiceFault>>(
            () => service.RetrieveAsync("lead", Ids.Lead1, new ColumnSet()));

        Assert.AreEqual(-2147220969, fault.Detail.ErrorCode);
    }

    [TestMethod]
    public async Task UpdateAsyncAndDeleteAsync_GoThroughThePipeline()
    {
        var organization = new OrganizationBuilder().Build();
        IOrganizationServiceAsync2 service = organization.Service;
        await service.CreateAsync(new LeadBuilder().WithId(Ids.Lead1).Build(), CancellationToken.None);

        await service.UpdateAsync(new Entity("lead", Ids.Lead1) { ["subject"] = "async" }, CancellationToken.None);
        var updated = await service.RetrieveAsync("lead", Ids.Lead1, new ColumnSet("subject"), CancellationToken.None);
        await service.DeleteAsync("lead", Ids.Lead1, CancellationToken.None);

        Assert.AreEqual("async", updated.GetAttributeValue<string>("subject"));
        Assert.AreEqual(0, organization.Service.RetrieveMultiple(new QueryExpression("lead")).Entities.Count);
    }
}
