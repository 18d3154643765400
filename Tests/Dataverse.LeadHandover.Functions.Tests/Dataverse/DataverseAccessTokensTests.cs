using System;
using System.Linq;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Dataverse;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Dataverse;

[TestClass]
public sealed class DataverseAccessTokensTests
{
    private const string ServiceUri = "https://contoso.crm4.dynamics.com/XRMServices/2011/Organization.svc/web?SDKClientVersion=9.2.49.3165";

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [TestMethod]
    [DataRow(ServiceUri)]
    [DataRow("https://contoso.crm4.dynamics.com/")]
    [DataRow("https://CONTOSO.crm4.dynamics.com")]
    public async Task GetToken_AnyAddressOfTheEnvironment_AsksForItsDefaultScope(string organizationUri)
    {
        var credential = new RecordingTokenCredential(clock);

        var token = await new DataverseAccessTokens(credential, clock).GetTokenAsync(organizationUri);

        Assert.AreEqual("token-1", token);
        Assert.AreEqual("https://contoso.crm4.dynamics.com/.default", credential.Scopes.Single());
    }

    [TestMethod]
    public async Task GetToken_AgainBeforeRenewal_ReusesTheToken()
    {
        var credential = new RecordingTokenCredential(clock);
        var tokens = new DataverseAccessTokens(credential, clock);

        await tokens.GetTokenAsync(ServiceUri);
        clock.Advance(TimeSpan.FromMinutes(54));
        var second = await tokens.GetTokenAsync("https://contoso.crm4.dynamics.com/");

        Assert.AreEqual("token-1", second);
        Assert.AreEqual(1, credential.Issued);
    }

    [TestMethod]
    public async Task GetToken_WithinFiveMinutesOfExpiry_AsksForANewOne()
    {
        var credential = new RecordingTokenCredential(clock);
        var tokens = new DataverseAccessTokens(credential, clock);

        await tokens.GetTokenAsync(ServiceUri);
        clock.Advance(TimeSpan.FromMinutes(55));
        var renewed = await tokens.GetTokenAsync(ServiceUri);

        Assert.AreEqual("token-2", renewed);
    }

    [TestMethod]
    public async Task GetToken_ManyCallersAtOnce_OneRequestToTheIdentity()
    {
        var credential = new RecordingTokenCredential(TimeProvider.System) { Delay = TimeSpan.FromMilliseconds(100) };
        var tokens = new DataverseAccessTokens(credential, TimeProvider.System);

        var all = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => tokens.GetTokenAsync(ServiceUri))));

        Assert.AreEqual(1, credential.Issued);
        Assert.IsTrue(all.All(token => token == "token-1"));
    }

    [TestMethod]
    public async Task GetToken_IdentityFailedOnce_NextCallTriesAgain()
    {
        var credential = new RecordingTokenCredential(clock) { Failure = new InvalidOperationException("IMDS not ready") };
        var tokens = new DataverseAccessTokens(credential, clock);

        await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => tokens.GetTokenAsync(ServiceUri));
        credential.Failure = null;

        Assert.AreEqual("token-1", await tokens.GetTokenAsync(ServiceUri));
    }

    [TestMethod]
    [DataRow("http://contoso.crm4.dynamics.com/")]
    [DataRow("contoso.crm4.dynamics.com")]
    public async Task GetToken_NotAnHttpsAddress_RefusedWithoutAskingTheIdentity(string organizationUri)
    {
        var credential = new RecordingTokenCredential(clock);

        await Assert.ThrowsExactlyAsync<ArgumentException>(() => new DataverseAccessTokens(credential, clock).GetTokenAsync(organizationUri));
        Assert.IsEmpty(credential.Scopes);
    }

    [TestMethod]
    public async Task GetToken_RenewalFailsWhileTheTokenStillWorks_KeepsUsingIt()
    {
        var credential = new RecordingTokenCredential(clock);
        var tokens = new DataverseAccessTokens(credential, clock);
        await tokens.GetTokenAsync(ServiceUri);
        clock.Advance(TimeSpan.FromMinutes(57));
        credential.Failure = new InvalidOperationException("IMDS busy");

        var token = await tokens.GetTokenAsync(ServiceUri);

        Assert.AreEqual("token-1", token);
        Assert.HasCount(2, credential.Scopes, "It did try to renew.");
    }

    [TestMethod]
    public async Task GetToken_IdentityEndpointHangs_GivesUpAfterTheRenewalTimeout()
    {
        var credential = new RecordingTokenCredential(clock) { Hang = true };
        var tokens = new DataverseAccessTokens(credential, clock);

        var pending = tokens.GetTokenAsync(ServiceUri);
        await credential.Asked.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.IsFalse(pending.IsCompleted);
        clock.Advance(DataverseAccessTokens.RenewalTimeout);

        await Assert.ThrowsAsync<OperationCanceledException>(() => pending.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
