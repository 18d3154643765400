using System;
using System.ServiceModel;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Tests.Hosting;

/// <summary>Catches what a caller of the organization service sees when a plug-in refuses: a fault, not the plug-in's exception.</summary>
internal static class PlatformFault
{
    /// <summary>0x80040265: how a plug-in's InvalidPluginExecutionException reaches a caller.</summary>
    public const int PluginRefused = -2147220891;

    public static OrganizationServiceFault Expect(Action call)
    {
        try
        {
            call();
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            return fault.Detail;
        }

        Assert.Fail("Expected the platform to refuse the request with a fault, but it succeeded.");
        throw new InvalidOperationException("unreachable");
    }

    public static string ExpectRefusal(Action call)
    {
        var fault = Expect(call);
        Assert.AreEqual(PluginRefused, fault.ErrorCode, fault.Message);
        return fault.Message;
    }
}
