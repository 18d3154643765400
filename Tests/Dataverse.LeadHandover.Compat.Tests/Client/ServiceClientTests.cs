using System;
using System.Collections.Generic;
using System.ServiceModel;
using System.Threading.Tasks;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.PowerPlatform.Dataverse.Client.Extensions;
using Microsoft.PowerPlatform.Dataverse.Client.Utils;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Compat.Tests.Client;

/// <summary>
/// ServiceClient as Microsoft's source (microsoft/PowerPlatform-DataverseServiceClient 1.1.17, ServiceClient.cs and
/// ConnectionService.cs) behaves wherever no network is involved, and as a client whose service is unreachable
/// wherever it is.
/// </summary>
[TestClass]
public sealed class ServiceClientTests
{
    private static readonly Uri Environment = new("https://contoso.crm4.dynamics.com");

    [TestMethod]
    public void TokenConstructor_NoProvider_ThrowsDataverseConnectionException()
    {
        var exception = Assert.ThrowsExactly<DataverseConnectionException>(() => new ServiceClient(Environment, null!));

        Assert.AreEqual("tokenProviderFunction required for this constructor", exception.Message);
        Assert.IsInstanceOfType<ArgumentNullException>(exception.InnerException);
    }

    [TestMethod]
    [DataRow("https://contoso.crm4.dynamics.com")]
    [DataRow("https://contoso.crm4.dynamics.com:443/main.aspx?appid=1")]
    public void TokenConstructor_Login_AsksTheProviderForTheOrganizationServiceOfTheHost(string instanceUrl)
    {
        var asked = new List<string>();

        using var client = new ServiceClient(new Uri(instanceUrl), uri => { asked.Add(uri); return Task.FromResult("token"); });

        CollectionAssert.AreEqual(
            new[] { "https://contoso.crm4.dynamics.com/XRMServices/2011/Organization.svc/web?SDKClientVersion=9.2.49.6443" },
            asked);
    }

    [TestMethod]
    public void TokenConstructor_TokenProvided_IsReadyWithoutAskingDataverseAnything()
    {
        using var client = new ServiceClient(Environment, _ => Task.FromResult("token"));

        Assert.IsTrue(client.IsReady);
        Assert.AreEqual(string.Empty, client.LastError);
        Assert.IsNull(client.LastException);
    }

    [TestMethod]
    public void TokenConstructor_ProviderThrows_ThrowsFailedToConnectWithTheCauseInside()
    {
        var cause = new InvalidOperationException("no identity");

        var exception = Assert.ThrowsExactly<DataverseConnectionException>(() => new ServiceClient(Environment, _ => throw cause));

        Assert.AreEqual("Failed to connect to Dataverse", exception.Message);
        StringAssert.EndsWith(exception.InnerException!.Message, "not configured correctly. 003");
        Assert.AreSame(cause, exception.InnerException.InnerException);
    }

    [TestMethod]
    public void TokenConstructor_ProviderReturnsNoToken_ThrowsFailedToConnect()
    {
        var exception = Assert.ThrowsExactly<DataverseConnectionException>(() => new ServiceClient(Environment, _ => Task.FromResult(string.Empty)));

        Assert.AreEqual("Failed to connect to Dataverse", exception.Message);
        StringAssert.EndsWith(exception.InnerException!.InnerException!.Message, "not configured correctly. 002");
    }

    [TestMethod]
    public async Task ReadyClient_Requests_FailAsAnUnreachableServiceDoes()
    {
        using var client = new ServiceClient(Environment, _ => Task.FromResult("token"));

        Assert.ThrowsExactly<CommunicationException>(() => client.Retrieve("lead", Guid.NewGuid(), new ColumnSet(true)));
        Assert.ThrowsExactly<CommunicationException>(() => client.Create(new Entity("lead")));
        await Assert.ThrowsExactlyAsync<CommunicationException>(() => client.ExecuteAsync(new OrganizationRequest("WhoAmI")));
        await Assert.ThrowsExactlyAsync<CommunicationException>(() => client.RetrieveMultipleAsync(new QueryExpression("lead"), default));
        await Assert.ThrowsExactlyAsync<CommunicationException>(() => client.UpdateAsync(new Entity("lead", Guid.NewGuid()), default));
        Assert.IsInstanceOfType<CommunicationException>(client.LastException);
        StringAssert.Contains(client.LastError, "DataverseSdk=Official");
    }

    [TestMethod]
    public void GetMyUserId_ServiceUnreachable_ThrowsFailedToLookUpTheCurrentUser()
    {
        using var client = new ServiceClient(Environment, _ => Task.FromResult("token"));

        var exception = Assert.ThrowsExactly<DataverseOperationException>(() => client.GetMyUserId());

        Assert.AreEqual("Exception - Failed to lookup current user", exception.Message);
        Assert.IsInstanceOfType<CommunicationException>(exception.InnerException);
    }

    [TestMethod]
    public void Clone_ReadyClient_IsReadyAndKeepsItsOwnCallerId()
    {
        using var client = new ServiceClient(Environment, _ => Task.FromResult("token"));
        var rep = Guid.NewGuid();

        using var clone = client.Clone();
        clone.CallerId = rep;

        Assert.IsTrue(clone.IsReady);
        Assert.AreEqual(rep, clone.CallerId);
        Assert.AreEqual(Guid.Empty, client.CallerId);
    }

    [TestMethod]
    public void DisposedClient_IsNotReady_RefusesRequestsAndClone()
    {
        var client = new ServiceClient(Environment, _ => Task.FromResult("token"));
        client.Dispose();

        Assert.IsFalse(client.IsReady);
        Assert.ThrowsExactly<ObjectDisposedException>(() => client.Execute(new OrganizationRequest("WhoAmI")));
        var clone = Assert.ThrowsExactly<DataverseOperationException>(() => client.Clone());
        Assert.AreEqual("You must have successfully created a connection to Dataverse before it can be cloned.", clone.Message);
        client.CallerId = Guid.NewGuid();
        Assert.AreEqual(Guid.Empty, client.CallerId, "Without a connection CallerId ignores what it is given.");
    }

    [TestMethod]
    public void RetrySettings_SetOnOneClient_ApplyToEveryClient()
    {
        using var first = new ServiceClient(Environment, _ => Task.FromResult("token"));
        using var second = new ServiceClient(Environment, _ => Task.FromResult("token"));
        Assert.AreEqual(10, first.MaxRetryCount, "Microsoft's default.");
        Assert.AreEqual(TimeSpan.FromSeconds(5), first.RetryPauseTime, "Microsoft's default.");
        try
        {
            first.MaxRetryCount = 2;
            first.RetryPauseTime = TimeSpan.FromSeconds(1);
            first.EnableAffinityCookie = false;

            Assert.AreEqual(2, second.MaxRetryCount);
            Assert.AreEqual(TimeSpan.FromSeconds(1), second.RetryPauseTime);
            Assert.IsFalse(second.EnableAffinityCookie);
        }
        finally
        {
            first.MaxRetryCount = 10;
            first.RetryPauseTime = TimeSpan.FromSeconds(5);
            first.EnableAffinityCookie = true;
        }
    }

    [TestMethod]
    [DataRow(null)]
    [DataRow("")]
    public void ConnectionStringConstructor_Empty_ThrowsArgumentNull(string? connectionString)
    {
        var exception = Assert.ThrowsExactly<ArgumentNullException>(() => new ServiceClient(connectionString!));

        Assert.AreEqual("Dataverse ConnectionString", exception.ParamName);
    }

    [TestMethod]
    [DataRow("AuthType=Office365;Url=https://contoso.crm4.dynamics.com;Username=someone;Password=pw")]
    [DataRow("AuthType=clientsecret;Url=https://contoso.crm4.dynamics.com;ClientId=id;ClientSecret=s")]
    [DataRow("AuthType=InvalidConnection;Url=https://contoso.crm4.dynamics.com")]
    [DataRow("Url=https://contoso.crm4.dynamics.com;ClientId=id;ClientSecret=s")]
    [DataRow("https://contoso.crm4.dynamics.com")]
    public void ConnectionStringConstructor_AuthTypeNotAServiceClientName_ThrowsArgumentForAuthType(string connectionString)
    {
        var exception = Assert.ThrowsExactly<ArgumentException>(() => new ServiceClient(connectionString));

        Assert.AreEqual("AuthType", exception.ParamName);
    }

    [TestMethod]
    [DataRow("AuthType=ClientSecret;Url=https://contoso.crm4.dynamics.com;ClientId=id;ClientSecret=s")]
    [DataRow("authtype=OAuth;url=https://contoso.crm4.dynamics.com;Username=someone;Password=pw;ClientId=id;RedirectUri=http://localhost")]
    [DataRow("AuthenticationType=Certificate;ServiceUri=https://contoso.crm4.dynamics.com;ClientId=id;Thumbprint=AB")]
    public void ConnectionStringConstructor_ValidAuthType_FailsToSignInAsWithoutEntraId(string connectionString)
    {
        var exception = Assert.ThrowsExactly<DataverseConnectionException>(() => new ServiceClient(connectionString));

        Assert.AreEqual("Failed to connect to Dataverse", exception.Message);
        Assert.IsInstanceOfType<CommunicationException>(exception.InnerException);
    }
}
