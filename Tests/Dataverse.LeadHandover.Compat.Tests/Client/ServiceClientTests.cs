using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.PowerPlatform.Dataverse.Client.Utils;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Compat.Tests.Client;

/// <summary>
/// ServiceClient as Microsoft's source behaves up to the point of talking to Dataverse
/// (microsoft/PowerPlatform-DataverseServiceClient, ServiceClient.cs and ConnectionService.cs), and then as a
/// client whose login did not succeed.
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
    public void TokenConstructor_Login_AsksTheProviderForTheOrganizationServiceOfTheInstance()
    {
        var asked = new List<string>();

        using var client = new ServiceClient(Environment, uri => { asked.Add(uri); return Task.FromResult("token"); });

        Assert.HasCount(1, asked);
        var uri = new Uri(asked[0]);
        Assert.AreEqual("contoso.crm4.dynamics.com", uri.Host);
        Assert.AreEqual("/XRMServices/2011/Organization.svc/web", uri.AbsolutePath);
        StringAssert.StartsWith(uri.Query, "?SDKClientVersion=");
    }

    [TestMethod]
    public void TokenConstructor_ProviderThrows_ThrowsFailedToConnectWithTheCauseInside()
    {
        var cause = new InvalidOperationException("no identity");

        var exception = Assert.ThrowsExactly<DataverseConnectionException>(() => new ServiceClient(Environment, _ => throw cause));

        Assert.AreEqual("Failed to connect to Dataverse", exception.Message);
        Assert.AreSame(cause, exception.InnerException!.InnerException);
    }

    [TestMethod]
    public void TokenConstructor_ProviderReturnsNoToken_ThrowsFailedToConnect()
    {
        var exception = Assert.ThrowsExactly<DataverseConnectionException>(() => new ServiceClient(Environment, _ => Task.FromResult(string.Empty)));

        Assert.AreEqual("Failed to connect to Dataverse", exception.Message);
    }

    [TestMethod]
    public void TokenConstructor_TokenButNoService_ReturnsNotReadyWithTheReason()
    {
        using var client = new ServiceClient(Environment, _ => Task.FromResult("token"));

        Assert.IsFalse(client.IsReady);
        StringAssert.Contains(client.LastError, "DataverseSdk=Official");
        Assert.IsInstanceOfType<DataverseConnectionException>(client.LastException);
    }

    [TestMethod]
    public void NewClient_Settings_HaveMicrosoftsDefaults()
    {
        using var client = new ServiceClient(Environment, _ => Task.FromResult("token"));

        Assert.AreEqual(10, client.MaxRetryCount);
        Assert.AreEqual(TimeSpan.FromSeconds(5), client.RetryPauseTime);
        Assert.IsTrue(client.EnableAffinityCookie);
        Assert.AreEqual(Guid.Empty, client.CallerId);
        Assert.AreEqual(TimeSpan.FromMinutes(2), ServiceClient.MaxConnectionTimeout);
    }

    [TestMethod]
    public async Task NotReadyClient_EveryOperation_ThrowsNotConnected()
    {
        using var client = new ServiceClient(Environment, _ => Task.FromResult("token"));
        const string NotConnected = "ServiceClient is not connected to Dataverse. Please recreate this ServiceClient.";

        Assert.AreEqual(NotConnected, Assert.ThrowsExactly<DataverseConnectionException>(() => client.Retrieve("lead", Guid.NewGuid(), new ColumnSet(true))).Message);
        Assert.AreEqual(NotConnected, Assert.ThrowsExactly<DataverseConnectionException>(() => client.Create(new Entity("lead"))).Message);
        Assert.AreEqual(NotConnected, (await Assert.ThrowsExactlyAsync<DataverseConnectionException>(() => client.ExecuteAsync(new OrganizationRequest("WhoAmI")))).Message);
        Assert.AreEqual(NotConnected, (await Assert.ThrowsExactlyAsync<DataverseConnectionException>(() => client.RetrieveMultipleAsync(new QueryExpression("lead"), default))).Message);
        Assert.AreEqual(NotConnected, (await Assert.ThrowsExactlyAsync<DataverseConnectionException>(() => client.UpdateAsync(new Entity("lead", Guid.NewGuid()), default))).Message);
    }

    [TestMethod]
    public void NotReadyClient_Clone_ThrowsDataverseOperationException()
    {
        using var client = new ServiceClient(Environment, _ => Task.FromResult("token"));

        var exception = Assert.ThrowsExactly<DataverseOperationException>(() => client.Clone());

        Assert.AreEqual("You must have successfully created a connection to Dataverse before it can be cloned.", exception.Message);
    }

    [TestMethod]
    public void DisposedClient_Operation_ThrowsObjectDisposed()
    {
        var client = new ServiceClient(Environment, _ => Task.FromResult("token"));
        client.Dispose();

        Assert.ThrowsExactly<ObjectDisposedException>(() => client.Execute(new OrganizationRequest("WhoAmI")));
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
    public void ConnectionStringConstructor_AuthTypeNotAServiceClientName_ThrowsArgumentForAuthType(string connectionString)
    {
        var exception = Assert.ThrowsExactly<ArgumentException>(() => new ServiceClient(connectionString));

        Assert.AreEqual("AuthType", exception.ParamName);
    }

    [TestMethod]
    [DataRow("AuthType=ClientSecret;Url=https://contoso.crm4.dynamics.com;ClientId=id;ClientSecret=s")]
    [DataRow("authtype=OAuth;url=https://contoso.crm4.dynamics.com;Username=someone;Password=pw;ClientId=id;RedirectUri=http://localhost")]
    [DataRow("AuthenticationType=Certificate;ServiceUri=https://contoso.crm4.dynamics.com;ClientId=id;Thumbprint=AB")]
    public void ConnectionStringConstructor_ValidAuthType_ReturnsNotReadyClient(string connectionString)
    {
        using var client = new ServiceClient(connectionString);

        Assert.IsFalse(client.IsReady);
        Assert.IsFalse(string.IsNullOrEmpty(client.LastError));
    }
}
