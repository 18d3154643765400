using System;
using System.ServiceModel;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Builders;

/// <summary>Asserts that an operation fails the way Dataverse does: a FaultException with the platform's error code.</summary>
internal static class FaultAssert
{
    public static OrganizationServiceFault Throws(int expectedErrorCode, Action action)
    {
        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(action);
        Assert.AreEqual(expectedErrorCode, fault.Detail.ErrorCode, fault.Detail.Message);
        return fault.Detail;
    }
}
