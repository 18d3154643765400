using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Compat.Tests.Exceptions;

/// <summary>
/// Fault details as the SDK exposes them: https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.organizationservicefault
/// and https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.executetransactionfault.
/// </summary>
[TestClass]
public sealed class OrganizationServiceFaultTests
{
    [TestMethod]
    public void NewFault_Defaults_AreEmpty()
    {
        var fault = new OrganizationServiceFault();

        Assert.AreEqual(0, fault.ErrorCode);
        Assert.IsNull(fault.Message);
        Assert.AreEqual(Guid.Empty, fault.ActivityId);
        Assert.AreEqual(DateTime.MinValue, fault.Timestamp);
        Assert.IsNotNull(fault.ErrorDetails);
        Assert.IsEmpty(fault.ErrorDetails);
        Assert.IsNull(fault.InnerFault);
    }

    [TestMethod]
    public void ToString_WithInnerFault_DescribesEachWithHexCode()
    {
        var fault = new OrganizationServiceFault
        {
            ErrorCode = -2147220969,
            Message = "Entity 'lead' With Id = 1ead0000-0000-0000-0000-000000000001 Does Not Exist",
            InnerFault = new OrganizationServiceFault { ErrorCode = -2147220891, Message = "Inner" },
        };

        var text = fault.ToString();

        Assert.Contains("ErrorCode: 0x80040217", text);
        Assert.Contains("ErrorCode: 0x80040265", text);
        Assert.Contains("Message: Entity 'lead' With Id", text);
    }

    [TestMethod]
    public void ExecuteTransactionFault_IsAnOrganizationServiceFault()
    {
        OrganizationServiceFault fault = new ExecuteTransactionFault { FaultedRequestIndex = 2, ErrorCode = -2147220969 };

        Assert.AreEqual(2, ((ExecuteTransactionFault)fault).FaultedRequestIndex);
    }
}
