using System;
using System.Linq;
using System.ServiceModel;
using Dataverse.LeadHandover.InMemory.Tests.Builders;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Tests.Messages;

/// <summary>
/// Associate/Disassociate (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-associate-disassociate),
/// Upsert (https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record),
/// SetState and Assign (https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior),
/// WhoAmI (https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.whoamirequest) and an unknown message.
/// </summary>
[TestClass]
public sealed class OtherMessageTests
{
    private static readonly Relationship LeadContacts = new("lh_lead_contact");

    [TestMethod]
    public void Associate_ThroughMethod_WritesIntersectRow()
    {
        var organization = new OrganizationBuilder().Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());
        organization.Service.Create(new Entity("contact", Ids.Contact1));

        organization.Service.Associate("lead", Ids.Lead1, LeadContacts, new EntityReferenceCollection { new("contact", Ids.Contact1) });

        Assert.AreEqual(1, IntersectRows(organization));
    }

    [TestMethod]
    public void Disassociate_ThroughRequest_RemovesIntersectRow()
    {
        var organization = new OrganizationBuilder().Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());
        organization.Service.Create(new Entity("contact", Ids.Contact1));
        var related = new EntityReferenceCollection { new("contact", Ids.Contact1) };
        organization.Service.Execute(new AssociateRequest { Target = new EntityReference("lead", Ids.Lead1), Relationship = LeadContacts, RelatedEntities = related });

        organization.Service.Execute(new DisassociateRequest { Target = new EntityReference("lead", Ids.Lead1), Relationship = LeadContacts, RelatedEntities = related });

        Assert.AreEqual(0, IntersectRows(organization));
    }

    [TestMethod]
    public void Upsert_MissingRow_CreatesItAndSaysSo()
    {
        var organization = new OrganizationBuilder().Build();

        var response = (UpsertResponse)organization.Service.Execute(new UpsertRequest { Target = new LeadBuilder().WithId(Ids.Lead1).Named("Ada").Build() });

        Assert.IsTrue(response.RecordCreated);
        Assert.AreEqual(new EntityReference("lead", Ids.Lead1), response.Target);
    }

    [TestMethod]
    public void Upsert_ExistingRow_UpdatesIt()
    {
        var organization = new OrganizationBuilder().Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Named("Ada").Build());

        var response = (UpsertResponse)organization.Service.Execute(new UpsertRequest { Target = new LeadBuilder().WithId(Ids.Lead1).Named("Ada King").Build() });

        Assert.IsFalse(response.RecordCreated);
        Assert.AreEqual("Ada King", organization.Service.Retrieve("lead", Ids.Lead1, new ColumnSet("fullname")).GetAttributeValue<string>("fullname"));
    }

    [TestMethod]
    public void SetState_WithoutStatus_AppliesTheStatesDefaultStatus()
    {
        var organization = new OrganizationBuilder().Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        organization.Service.Execute(new SetStateRequest { EntityMoniker = new EntityReference("lead", Ids.Lead1), State = new OptionSetValue(1), Status = new OptionSetValue(-1) });

        var lead = organization.Service.Retrieve("lead", Ids.Lead1, new ColumnSet("statecode", "statuscode"));
        Assert.AreEqual(1, lead.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.AreEqual(2, lead.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [TestMethod]
    public void Assign_SetsOwner()
    {
        var organization = new OrganizationBuilder().Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());
        var newOwner = organization.Dataverse.AddUser("Sam Closer");

        organization.Service.Execute(new AssignRequest { Target = new EntityReference("lead", Ids.Lead1), Assignee = new EntityReference("systemuser", newOwner) });

        Assert.AreEqual(newOwner, organization.Service.Retrieve("lead", Ids.Lead1, new ColumnSet("ownerid")).GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [TestMethod]
    public void WhoAmI_AnswersCallerBusinessUnitAndOrganization()
    {
        var organization = new OrganizationBuilder().Build();

        var response = (WhoAmIResponse)organization.Service.Execute(new WhoAmIRequest());

        Assert.AreEqual(organization.UserId, response.UserId);
        Assert.AreEqual(organization.Dataverse.RootBusinessUnitId, response.BusinessUnitId);
        Assert.AreEqual(organization.Dataverse.OrganizationId, response.OrganizationId);
    }

    [TestMethod]
    public void Execute_UnknownMessage_FaultsNamingIt()
    {
        var organization = new OrganizationBuilder().Build();

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(
            () => organization.Service.Execute(new OrganizationRequest("lh_NoSuchMessage")));

        StringAssert.Contains(fault.Detail.Message, "lh_NoSuchMessage");
    }

    [TestMethod]
    public void ServiceFor_UnknownUser_IsRefused()
    {
        var organization = new OrganizationBuilder().Build();

        Assert.ThrowsExactly<ArgumentException>(() => organization.Dataverse.ServiceFor(Ids.Contact1));
    }

    [TestMethod]
    public void AddUser_WithRoles_RolesAreFoundThroughSystemUserRoles()
    {
        var organization = new OrganizationBuilder().Build();
        var manager = organization.Dataverse.AddUser("Morgan Lead", null, "Sales Manager", "Salesperson");
        var query = new QueryExpression("role") { ColumnSet = new ColumnSet("name") };
        var link = query.AddLink("systemuserroles", "roleid", "roleid");
        link.LinkCriteria.AddCondition("systemuserid", ConditionOperator.Equal, manager);
        query.AddOrder("name", OrderType.Ascending);

        var roles = organization.Service.RetrieveMultiple(query).Entities.Select(r => r.GetAttributeValue<string>("name")).ToArray();

        CollectionAssert.AreEqual(new[] { "Sales Manager", "Salesperson" }, roles);
    }

    private static int IntersectRows(TestOrganization organization) =>
        organization.Service.RetrieveMultiple(new QueryExpression("lh_lead_contact") { ColumnSet = new ColumnSet(true) }).Entities.Count;
}
