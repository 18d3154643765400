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
/// Create, Retrieve, Update, Delete and RetrieveMultiple through the <c>IOrganizationService</c> methods and through
/// <c>Execute</c> with the request classes (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-create,
/// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete).
/// </summary>
[TestClass]
public sealed class CrudMessageTests
{
    [TestMethod]
    public void Create_WithCallerChosenId_ReturnsThatIdAndStoresTheRow()
    {
        var organization = new OrganizationBuilder().Build();

        var id = organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Named("Ada Lovelace").Build());

        Assert.AreEqual(Ids.Lead1, id);
        Assert.AreEqual("Ada Lovelace", organization.Service.Retrieve("lead", id, new ColumnSet("fullname")).GetAttributeValue<string>("fullname"));
    }

    [TestMethod]
    public void Execute_CreateRequest_AnswersCreateResponseWithId()
    {
        var organization = new OrganizationBuilder().Build();

        var response = (CreateResponse)organization.Service.Execute(new CreateRequest { Target = new LeadBuilder().WithId(Ids.Lead1).Build() });

        Assert.AreEqual(Ids.Lead1, response.id);
        Assert.AreEqual("Create", response.ResponseName);
    }

    [TestMethod]
    public void Execute_GenericOrganizationRequest_BehavesLikeTheTypedRequest()
    {
        var organization = new OrganizationBuilder().Build();

        var response = organization.Service.Execute(new OrganizationRequest("Create") { ["Target"] = new LeadBuilder().WithId(Ids.Lead1).Build() });

        Assert.AreEqual(Ids.Lead1, (Guid)response["id"]);
    }

    [TestMethod]
    public void Create_CallerKeepsChangingItsEntity_StoredRowIsUnaffected()
    {
        var organization = new OrganizationBuilder().Build();
        var lead = new LeadBuilder().WithId(Ids.Lead1).Named("Before").Build();

        organization.Service.Create(lead);
        lead["fullname"] = "After";

        Assert.AreEqual("Before", organization.Service.Retrieve("lead", Ids.Lead1, new ColumnSet(true)).GetAttributeValue<string>("fullname"));
    }

    [TestMethod]
    public void Execute_RetrieveRequest_AnswersEntity()
    {
        var organization = new OrganizationBuilder().Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Named("Ada").Build());

        var response = (RetrieveResponse)organization.Service.Execute(new RetrieveRequest
        {
            Target = new EntityReference("lead", Ids.Lead1),
            ColumnSet = new ColumnSet("fullname"),
        });

        Assert.AreEqual("Ada", response.Entity.GetAttributeValue<string>("fullname"));
    }

    [TestMethod]
    public void Update_ChangesOnlyTheSuppliedColumns()
    {
        var organization = new OrganizationBuilder().Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Named("Ada").With("subject", "Boilers").Build());

        organization.Service.Update(new Entity("lead", Ids.Lead1) { ["subject"] = "Heat pumps" });

        var lead = organization.Service.Retrieve("lead", Ids.Lead1, new ColumnSet(true));
        Assert.AreEqual("Ada", lead.GetAttributeValue<string>("fullname"));
        Assert.AreEqual("Heat pumps", lead.GetAttributeValue<string>("subject"));
    }

    [TestMethod]
    public void Execute_UpdateRequestWithoutId_FaultsEntityIdMustBeSpecified()
    {
        var organization = new OrganizationBuilder().Build();

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(
            () => organization.Service.Execute(new UpdateRequest { Target = new Entity("lead") { ["subject"] = "x" } }));

        StringAssert.Contains(fault.Detail.Message, "Entity Id must be specified for Update");
    }

    [TestMethod]
    public void Delete_ExistingRow_RemovesIt()
    {
        var organization = new OrganizationBuilder().Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        organization.Service.Execute(new DeleteRequest { Target = new EntityReference("lead", Ids.Lead1) });

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(
            () => organization.Service.Retrieve("lead", Ids.Lead1, new ColumnSet()));
        Assert.AreEqual(-2147220969, fault.Detail.ErrorCode);
    }

    [TestMethod]
    public void RetrieveMultiple_ThroughMethodAndRequest_ReturnsTheSameRows()
    {
        var organization = new OrganizationBuilder().Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Named("Ada").Build());
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead2).Named("Grace").Build());
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("fullname") };
        query.AddOrder("fullname", OrderType.Ascending);

        var direct = organization.Service.RetrieveMultiple(query);
        var viaRequest = ((RetrieveMultipleResponse)organization.Service.Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection;

        CollectionAssert.AreEqual(new[] { "Ada", "Grace" }, direct.Entities.Select(e => e.GetAttributeValue<string>("fullname")).ToArray());
        CollectionAssert.AreEqual(new[] { Ids.Lead1, Ids.Lead2 }, viaRequest.Entities.Select(e => e.Id).ToArray());
    }

    [TestMethod]
    public void RetrieveMultiple_FetchXml_RunsThroughThePipeline()
    {
        var organization = new OrganizationBuilder().Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Named("Ada").Build());

        var rows = organization.Service.RetrieveMultiple(new FetchExpression("<fetch><entity name='lead'><attribute name='fullname' /></entity></fetch>"));

        Assert.AreEqual("Ada", rows.Entities.Single().GetAttributeValue<string>("fullname"));
    }

    [TestMethod]
    public void Create_StampsCreatedOnFromTheInjectedClock()
    {
        var organization = new OrganizationBuilder().Build();
        organization.Clock.Advance(TimeSpan.FromHours(2));

        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        var lead = organization.Service.Retrieve("lead", Ids.Lead1, new ColumnSet("createdon"));
        Assert.AreEqual(OrganizationBuilder.Now.AddHours(2).UtcDateTime, lead.GetAttributeValue<DateTime>("createdon"));
    }
}
