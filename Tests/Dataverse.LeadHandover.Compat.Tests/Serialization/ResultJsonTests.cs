using System.Linq;
using System.Text.Json;
using Dataverse.LeadHandover.Compat.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Compat.Tests.Serialization;

/// <summary>
/// JSON member layout of query results and faults as DataContractJsonSerializer writes Microsoft's types
/// (derived contracts list their base members first):
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entitycollection and
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.organizationservicefault.
/// </summary>
[TestClass]
public sealed class ResultJsonTests
{
    [TestMethod]
    public void Write_EntityCollection_UsesSdkMemberNames()
    {
        var page = new EntityCollection(new[] { new LeadBuilder().WithSubject("Fleet renewal").Build() })
        {
            EntityName = "lead",
            MoreRecords = true,
            PagingCookie = "<cookie page=\"1\" />",
            TotalRecordCount = -1,
        };

        using var json = JsonDocument.Parse(DataContractJson.Write(page));

        CollectionAssert.AreEqual(
            new[] { "Entities", "EntityName", "MinActiveRowVersion", "MoreRecords", "PagingCookie", "TotalRecordCount", "TotalRecordCountLimitExceeded" },
            json.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.AreEqual(1, json.RootElement.GetProperty("Entities").GetArrayLength());
    }

    [TestMethod]
    public void RoundTrip_EntityCollection_KeepsRowsAndPaging()
    {
        var page = new EntityCollection(new[] { new LeadBuilder().WithSubject("Fleet renewal").Build() }) { MoreRecords = true, PagingCookie = "cookie" };

        var copy = DataContractJson.Read<EntityCollection>(DataContractJson.Write(page));

        Assert.HasCount(1, copy.Entities);
        Assert.AreEqual("Fleet renewal", copy[0]["subject"]);
        Assert.IsTrue(copy.MoreRecords);
        Assert.AreEqual("cookie", copy.PagingCookie);
    }

    [TestMethod]
    public void Write_OrganizationServiceFault_WritesBaseMembersFirstThenInternalOnes()
    {
        var fault = new OrganizationServiceFault { ErrorCode = -2147220969, Message = "Does Not Exist" };

        using var json = JsonDocument.Parse(DataContractJson.Write(fault));

        CollectionAssert.AreEqual(
            new[]
            {
                "ActivityId", "ErrorCode", "ErrorDetails", "HelpLink", "Message", "Timestamp",
                "ExceptionRetriable", "ExceptionSource", "InnerFault", "OriginalException", "TraceText",
            },
            json.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [TestMethod]
    public void RoundTrip_FaultWithDetails_KeepsCodeAndDetails()
    {
        var fault = new OrganizationServiceFault { ErrorCode = -2147220937, Message = "A record with matching key values already exists." };
        fault.ErrorDetails["ApiExceptionHttpStatusCode"] = 412;

        var copy = DataContractJson.Read<OrganizationServiceFault>(DataContractJson.Write(fault));

        Assert.AreEqual(-2147220937, copy.ErrorCode);
        Assert.AreEqual(412, copy.ErrorDetails["ApiExceptionHttpStatusCode"]);
    }
}
