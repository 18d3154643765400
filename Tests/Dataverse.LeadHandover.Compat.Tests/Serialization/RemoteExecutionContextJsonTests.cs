using System;
using System.Linq;
using System.Text.Json;
using Dataverse.LeadHandover.Compat.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Compat.Tests.Serialization;

/// <summary>
/// The webhook body is a <see cref="RemoteExecutionContext"/> written by DataContractJsonSerializer:
/// https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks and
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.remoteexecutioncontext.
/// </summary>
[TestClass]
public sealed class RemoteExecutionContextJsonTests
{
    private static readonly string[] WebhookMemberOrder =
    {
        "BusinessUnitId", "CorrelationId", "Depth", "InitiatingUserAgent", "InitiatingUserAzureActiveDirectoryObjectId",
        "InitiatingUserId", "InputParameters", "IsExecutingOffline", "IsInTransaction", "IsOfflinePlayback", "IsolationMode",
        "MessageName", "Mode", "OperationCreatedOn", "OperationId", "OrganizationId", "OrganizationName", "OutputParameters",
        "OwningExtension", "ParentContext", "PostEntityImages", "PreEntityImages", "PrimaryEntityId", "PrimaryEntityName",
        "RequestId", "SecondaryEntityName", "SharedVariables", "Stage", "UserAzureActiveDirectoryObjectId", "UserId",
    };

    [TestMethod]
    public void Write_Context_HasExactlyTheWebhookMembersInOrdinalOrder()
    {
        var context = new WebhookContextBuilder().Build();

        using var json = JsonDocument.Parse(DataContractJson.Write(context));

        CollectionAssert.AreEqual(WebhookMemberOrder, json.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [TestMethod]
    public void Write_Context_UsesDateTicksAndTypeHintedTarget()
    {
        var context = new WebhookContextBuilder().Build();

        var text = DataContractJson.Write(context);

        StringAssert.Contains(text, "\"OperationCreatedOn\":\"\\/Date(1722582039000)\\/\"");
        StringAssert.Contains(text, "{\"key\":\"Target\",\"value\":{\"__type\":\"Entity:http:\\/\\/schemas.microsoft.com\\/xrm\\/2011\\/Contracts\"");
        StringAssert.Contains(text, "\"SharedVariables\":[{\"key\":\"IsAutoTransact\",\"value\":true}]");
        StringAssert.Contains(text, "\"OwningExtension\":{\"Id\":\"57e90000-0000-0000-0000-000000000001\",\"KeyAttributes\":[],\"LogicalName\":\"sdkmessageprocessingstep\",\"Name\":null,\"RowVersion\":null}");
    }

    [TestMethod]
    public void Read_WebhookBody_RestoresContextScalars()
    {
        var context = DataContractJson.Read<RemoteExecutionContext>(WebhookBodies.LeadUpdate);

        Assert.AreEqual("Update", context.MessageName);
        Assert.AreEqual("lead", context.PrimaryEntityName);
        Assert.AreEqual("none", context.SecondaryEntityName);
        Assert.AreEqual(40, context.Stage);
        Assert.AreEqual(1, context.Mode);
        Assert.AreEqual(1, context.IsolationMode);
        Assert.AreEqual(KnownIds.Lead, context.PrimaryEntityId);
        Assert.AreEqual(KnownIds.SalesUser, context.UserId);
        Assert.IsNull(context.RequestId);
        Assert.IsNull(context.ParentContext);
        Assert.AreEqual(WebhookContextBuilder.OperationCreatedOnUtc, context.OperationCreatedOn.ToUniversalTime());
        Assert.AreEqual("sdkmessageprocessingstep", context.OwningExtension.LogicalName);
        Assert.AreEqual(true, context.SharedVariables["IsAutoTransact"]);
    }

    [TestMethod]
    public void Read_WebhookBody_RestoresTypedTargetAttributes()
    {
        var context = DataContractJson.Read<RemoteExecutionContext>(WebhookBodies.LeadUpdate);

        var target = (Entity)context.InputParameters["Target"];
        Assert.AreEqual("lead", target.LogicalName);
        Assert.AreEqual("5948260", target.RowVersion);
        Assert.AreEqual(new OptionSetValue(7), target["leadsourcecode"]);
        Assert.AreEqual(new Money(125000.50m), target["budgetamount"]);
        Assert.AreEqual(new EntityReference("contact", KnownIds.Contact), target["parentcontactid"]);
        Assert.AreEqual("/Date(1722582039000)/", target["lhv_handoverdue"]);
        Assert.IsTrue(target.Contains("description"));
        Assert.IsNull(target["description"]);
        Assert.AreEqual("Partner", target.FormattedValues["leadsourcecode"]);
    }

    [TestMethod]
    public void Read_WebhookBody_RestoresImagesWithoutTypeHint()
    {
        var context = DataContractJson.Read<RemoteExecutionContext>(WebhookBodies.LeadUpdate);

        Assert.AreEqual("Fleet renewal", context.PostEntityImages["PostImage"]["subject"]);
        Assert.IsEmpty(context.PreEntityImages);
        Assert.IsEmpty(context.OutputParameters);
    }

    [TestMethod]
    public void RoundTrip_ContextWithParent_KeepsParentAndInterfaceView()
    {
        var parent = new WebhookContextBuilder().Build();
        parent.Stage = 30;
        var context = new WebhookContextBuilder().WithParent(parent).WithPostImage(new LeadBuilder().WithSubject("Fleet renewal").Build()).Build();

        var copy = DataContractJson.Read<RemoteExecutionContext>(DataContractJson.Write(context));

        IPluginExecutionContext pluginView = copy;
        Assert.AreEqual(30, copy.ParentContext.Stage);
        Assert.AreSame(copy.ParentContext, pluginView.ParentContext);
        Assert.AreEqual("Fleet renewal", copy.PostEntityImages["PostImage"]["subject"]);
        Assert.AreEqual(DateTimeKind.Utc, copy.OperationCreatedOn.Kind);
    }

    [TestMethod]
    public void NewContext_Collections_AreEmptyNotNull()
    {
        var context = new RemoteExecutionContext();

        Assert.IsEmpty(context.InputParameters);
        Assert.IsEmpty(context.OutputParameters);
        Assert.IsEmpty(context.SharedVariables);
        Assert.IsEmpty(context.PreEntityImages);
        Assert.IsEmpty(context.PostEntityImages);
    }
}
