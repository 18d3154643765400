using System;
using System.Text;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Dataverse.LeadHandover.Functions.Webhooks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Tests.Webhooks;

/// <summary>
/// Reading the body as Dataverse serializes it: RemoteExecutionContext through DataContractJsonSerializer
/// ("Use webhooks", https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks; type reference
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.remoteexecutioncontext).
/// </summary>
[TestClass]
public sealed class RemoteContextReaderTests
{
    private static readonly Guid Organization = new("00000000-0000-0000-0000-0000000a0001");

    [TestMethod]
    public void Read_HandoverCreatedBody_ReadsTheContextAndItsTypedValues()
    {
        var body = Encoding.UTF8.GetBytes(WebhookBodies.HandoverCreated(Organization, Ids.Handover));

        var context = RemoteContextReader.Read(body);

        Assert.IsNotNull(context);
        Assert.AreEqual("Create", context.MessageName);
        Assert.AreEqual("lh_handover", context.PrimaryEntityName);
        Assert.AreEqual(Organization, context.OrganizationId);
        Assert.AreEqual(40, context.Stage);
        Assert.AreEqual(1, context.Mode);
        var target = (Entity)context.InputParameters["Target"];
        Assert.AreEqual(725100000, target.GetAttributeValue<OptionSetValue>("lh_tier").Value);
        Assert.AreEqual(Ids.Lead, target.GetAttributeValue<EntityReference>("lh_leadid").Id);
        Assert.AreEqual(30, context.ParentContext.Stage);
    }

    [TestMethod]
    public void Read_NonAsciiText_IsDecodedAsUtf8()
    {
        var body = Encoding.UTF8.GetBytes(WebhookBodies.HandoverCreated(Organization, Ids.Handover));

        var context = RemoteContextReader.Read(body);

        Assert.AreEqual("Zoë Ćwikła → Riley Seller", ((Entity)context!.InputParameters["Target"]).GetAttributeValue<string>("lh_name"));
    }

    [TestMethod]
    public void Read_OperationCreatedOnWithoutOffsetAndUnescaped_IsUtcWithMilliseconds()
    {
        var body = Encoding.UTF8.GetBytes(WebhookBodies.HandoverCreated(Organization, Ids.Handover));

        var context = RemoteContextReader.Read(body);

        Assert.AreEqual(new DateTime(2026, 3, 2, 9, 30, 0, 123, DateTimeKind.Utc), context!.OperationCreatedOn.ToUniversalTime());
    }

    [TestMethod]
    public void Read_GuidInAnObjectSlot_ComesBackAsItsString()
    {
        var body = Encoding.UTF8.GetBytes(WebhookBodies.HandoverCreated(Organization, Ids.Handover));

        var context = RemoteContextReader.Read(body);

        Assert.AreEqual(Ids.Handover.ToString(), context!.OutputParameters["id"]);
    }
}
