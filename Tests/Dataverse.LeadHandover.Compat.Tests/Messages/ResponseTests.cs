using System;
using Dataverse.LeadHandover.Compat.Tests.Builders;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dataverse.LeadHandover.Compat.Tests.Messages;

/// <summary>
/// Typed responses are read-only views over <see cref="OrganizationResponse.Results"/>:
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.organizationresponse,
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.createresponse.id and
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.executemultipleresponse.
/// </summary>
[TestClass]
public sealed class ResponseTests
{
    [TestMethod]
    public void CreateResponse_IdResult_ReadsLowercaseIdKey()
    {
        var response = new CreateResponse();

        response.Results["id"] = KnownIds.Lead;

        Assert.AreEqual(KnownIds.Lead, response.id);
    }

    [TestMethod]
    public void CreateResponse_New_HasEmptyIdAndNoResponseName()
    {
        var response = new CreateResponse();

        Assert.AreEqual(Guid.Empty, response.id);
        Assert.IsNull(response.ResponseName);
        Assert.IsEmpty(response.Results);
    }

    [TestMethod]
    public void ExecuteMultipleResponse_NoResults_ReadsNullAndFalse()
    {
        var response = new ExecuteMultipleResponse();

        Assert.IsNull(response.Responses);
        Assert.IsFalse(response.IsFaulted);
    }

    [TestMethod]
    public void RetrieveResponse_EntityResult_ReadsEntityKey()
    {
        var lead = new LeadBuilder().Build();
        var response = new RetrieveResponse();

        response["Entity"] = lead;

        Assert.AreSame(lead, response.Entity);
    }

    [TestMethod]
    public void UpsertResponse_Results_ExposesCreatedFlagAndTarget()
    {
        var response = new UpsertResponse();
        response.Results["RecordCreated"] = true;
        response.Results["Target"] = new EntityReference("lead", KnownIds.Lead);

        Assert.IsTrue(response.RecordCreated);
        Assert.AreEqual(KnownIds.Lead, response.Target.Id);
    }

    [TestMethod]
    public void WhoAmIResponse_Results_ExposesCallerIds()
    {
        var response = new WhoAmIResponse();
        response.Results["UserId"] = KnownIds.SalesUser;
        response.Results["BusinessUnitId"] = KnownIds.BusinessUnit;
        response.Results["OrganizationId"] = KnownIds.Organization;

        Assert.AreEqual(KnownIds.SalesUser, response.UserId);
        Assert.AreEqual(KnownIds.BusinessUnit, response.BusinessUnitId);
        Assert.AreEqual(KnownIds.Organization, response.OrganizationId);
    }
}
