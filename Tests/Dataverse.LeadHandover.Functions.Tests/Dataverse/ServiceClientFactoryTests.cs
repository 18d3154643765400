using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Crm.Sdk.Messages;
using Azure.Identity;
using Dataverse.LeadHandover.Functions.Dataverse;
using Dataverse.LeadHandover.Functions.Options;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.PowerPlatform.Dataverse.Client.Utils;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Dataverse;

/// <summary>
/// The app's own Dataverse connection, resolved from the app's service collection with only the managed identity
/// replaced. Against the Compat ServiceClient a sign-in gets as far as the token and then fails as an unreachable
/// service does, which is what lets these tests see the sign-in and its failure handling.
/// </summary>
[TestClass]
public sealed class ServiceClientFactoryTests
{
    private const string ClientSecret = "not-a-real-secret-7Q~f00";

    [TestMethod]
    public void Registration_WithoutTheInMemoryDataverse_IsTheServiceClientFactory()
    {
        using var host = new FunctionsTestHost(TestOrganization.Create(), withDataverse: false);

        Assert.IsInstanceOfType<ServiceClientFactory>(host.Get<IDataverseClientFactory>());
    }

    [TestMethod]
    public async Task AppsDataverse_FirstCall_SignsInWithATokenForTheConfiguredEnvironment()
    {
        CompatOnly.Require();
        using var host = new FunctionsTestHost(TestOrganization.Create(), withDataverse: false);
        var dataverse = host.Get<IOrganizationServiceAsync2>();
        Assert.IsEmpty(host.DataverseCredential!.Scopes, "Nothing signs in before the first call.");

        await Assert.ThrowsExactlyAsync<DataverseConnectionException>(() => dataverse.ExecuteAsync(new WhoAmIRequest()));

        Assert.AreEqual("https://contoso.crm4.dynamics.com/.default", host.DataverseCredential!.Scopes.Single());
    }

    [TestMethod]
    public void SharedClient_TokenButDataverseDoesNotAnswer_PointsAtTheUrlAndTheNetwork()
    {
        CompatOnly.Require();
        using var host = new FunctionsTestHost(TestOrganization.Create(), withDataverse: false);

        var exception = Assert.ThrowsExactly<DataverseConnectionException>(() => host.Get<IDataverseClientFactory>().CreateServiceClient());

        StringAssert.StartsWith(exception.Message, "Could not sign in to Dataverse at https://contoso.crm4.dynamics.com.");
        StringAssert.Contains(exception.Message, "Dataverse did not answer WhoAmI: check Dataverse:Url and that the Function App can reach the environment");
        Assert.DoesNotContain("application user", exception.Message, "An unreachable service is not a missing role.");
        StringAssert.Contains(exception.Message, "ServiceClient said: This build uses the Compat stand-in");
        Assert.AreEqual(1, host.DataverseCredential!.Issued, "Signed in to Entra ID first.");
    }

    [TestMethod]
    public void SharedClient_IdentityUnavailable_SaysWhyInPlainWords()
    {
        CompatOnly.Require();
        var organization = TestOrganization.Create();
        var credential = new RecordingTokenCredential(organization.Clock)
        {
            Failure = new CredentialUnavailableException("ManagedIdentityCredential authentication unavailable. No response received from the managed identity endpoint."),
        };
        using var host = new FunctionsTestHost(organization, settings => settings["Dataverse:ManagedIdentityClientId"] = "11111111-2222-3333-4444-555555555555", withDataverse: false, dataverseCredential: credential);

        var exception = Assert.ThrowsExactly<DataverseConnectionException>(() => host.Get<IDataverseClientFactory>().CreateServiceClient());

        StringAssert.Contains(exception.Message, "No response received from the managed identity endpoint");
        StringAssert.Contains(exception.Message, "Dataverse:ManagedIdentityClientId is the client id of the user-assigned identity");
    }

    [TestMethod]
    public void SharedClient_SignInFailed_IsKeptBrieflyThenTriedAgain()
    {
        CompatOnly.Require();
        var organization = TestOrganization.Create();
        var credential = new RecordingTokenCredential(organization.Clock) { Failure = new CredentialUnavailableException("identity endpoint not ready") };
        using var host = new FunctionsTestHost(organization, withDataverse: false, dataverseCredential: credential);
        var factory = host.Get<IDataverseClientFactory>();

        var first = Assert.ThrowsExactly<DataverseConnectionException>(() => factory.CreateServiceClient());
        credential.Failure = null;
        var kept = Assert.ThrowsExactly<DataverseConnectionException>(() => factory.CreateServiceClient());
        organization.Clock.Advance(ServiceClientFactory.FailureKeptFor);
        var retried = Assert.ThrowsExactly<DataverseConnectionException>(() => factory.CreateServiceClient());

        StringAssert.Contains(first.Message, "identity endpoint not ready");
        Assert.AreEqual(first.Message, kept.Message);
        Assert.HasCount(2, credential.Scopes, "The kept failure asked nobody; the retry asked the identity again.");
        StringAssert.Contains(retried.Message, "did not answer WhoAmI", "The retry got a token and went on to Dataverse.");
    }

    [TestMethod]
    public void SharedClient_ConnectionStringWithOffice365_NamesTheSettingWithoutItsValue()
    {
        var connectionString = $"AuthType=Office365;Url={TestSettings.EnvironmentUrl};Username=rep@contoso.example;Password={ClientSecret}";
        using var host = new FunctionsTestHost(TestOrganization.Create(), settings => settings["Dataverse:ConnectionString"] = connectionString, withDataverse: false);

        var exception = Assert.ThrowsExactly<InvalidOperationException>(() => host.Get<IDataverseClientFactory>().CreateServiceClient());

        StringAssert.Contains(exception.Message, "Dataverse:ConnectionString");
        StringAssert.Contains(exception.Message, "Office365 is not accepted");
        Assert.DoesNotContain(ClientSecret, exception.ToString());
        Assert.IsEmpty(host.DataverseCredential!.Scopes, "A connection string never uses the managed identity.");
    }

    [TestMethod]
    public void SharedClient_ConnectionStringSignInFails_PointsAtTheCredentialsWithoutTheSecret()
    {
        CompatOnly.Require();
        var connectionString = $"AuthType=ClientSecret;Url={TestSettings.EnvironmentUrl};ClientId=00000000-0000-0000-0000-000000000001;ClientSecret={ClientSecret}";
        using var host = new FunctionsTestHost(TestOrganization.Create(), settings => settings["Dataverse:ConnectionString"] = connectionString, withDataverse: false);

        var exception = Assert.ThrowsExactly<DataverseConnectionException>(() => host.Get<IDataverseClientFactory>().CreateServiceClient());

        StringAssert.Contains(exception.Message, "application (client) id and secret or certificate in Dataverse:ConnectionString");
        Assert.DoesNotContain(ClientSecret, exception.ToString());
    }

    [TestMethod]
    public void OnBehalfOf_NoUser_IsRefusedBeforeConnecting()
    {
        using var host = new FunctionsTestHost(TestOrganization.Create(), withDataverse: false);

        Assert.ThrowsExactly<ArgumentException>(() => host.Get<IDataverseClientFactory>().CreateOnBehalfOf(Guid.Empty));

        Assert.IsEmpty(host.DataverseCredential!.Scopes);
    }

    [TestMethod]
    public void Options_ConnectionStringForAnotherEnvironment_NamesBothHostsButNoSecret()
    {
        var connectionString = $"AuthType=ClientSecret;Url=https://fabrikam.crm.dynamics.com;ClientId=00000000-0000-0000-0000-000000000001;ClientSecret={ClientSecret}";
        using var host = new FunctionsTestHost(TestOrganization.Create(), settings => settings["Dataverse:ConnectionString"] = connectionString, withDataverse: false);

        var exception = Assert.ThrowsExactly<OptionsValidationException>(() => host.Get<IOptions<DataverseOptions>>().Value);

        StringAssert.Contains(exception.Message, "Dataverse:ConnectionString points at fabrikam.crm.dynamics.com but Dataverse:Url at contoso.crm4.dynamics.com");
        Assert.DoesNotContain(ClientSecret, exception.Message);
    }

    [TestMethod]
    public void Options_PlainHttpUrl_IsRefused()
    {
        using var host = new FunctionsTestHost(TestOrganization.Create(), settings => settings["Dataverse:Url"] = "http://contoso.crm4.dynamics.com", withDataverse: false);

        var exception = Assert.ThrowsExactly<OptionsValidationException>(() => host.Get<IOptions<DataverseOptions>>().Value);

        StringAssert.Contains(exception.Message, "must be an absolute https URL");
    }

    [TestMethod]
    public void Factory_Disposed_RefusesToReconnect()
    {
        using var host = new FunctionsTestHost(TestOrganization.Create(), withDataverse: false);
        var factory = (ServiceClientFactory)host.Get<IDataverseClientFactory>();

        factory.Dispose();

        Assert.ThrowsExactly<ObjectDisposedException>(() => factory.CreateServiceClient());
        Assert.IsEmpty(host.DataverseCredential!.Scopes);
    }
}
