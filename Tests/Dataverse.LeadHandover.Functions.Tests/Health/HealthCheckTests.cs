using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Health;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Health;

[TestClass]
public sealed class HealthCheckTests
{
    [TestMethod]
    public async Task Health_ConfiguredAndDataverseAnswers_Is200Healthy()
    {
        using var host = new FunctionsTestHost(TestOrganization.Create());

        var result = (ObjectResult)await host.Get<HealthCheck>().RunAsync(new DefaultHttpContext().Request, CancellationToken.None);

        Assert.AreEqual(StatusCodes.Status200OK, result.StatusCode);
        var report = (HealthReport)result.Value!;
        Assert.IsTrue(report.Healthy);
        Assert.AreEqual("reachable", report.Dataverse);
        Assert.AreEqual("reachable", report.NotificationQueue);
        Assert.IsTrue(report.Configuration.Values.All(problems => problems.Single() == HealthReporter.Valid));
    }

    [TestMethod]
    public async Task Health_SettingMissing_Is503NamingItWithoutRevealingSecrets()
    {
        using var host = new FunctionsTestHost(TestOrganization.Create(), settings => settings.Remove("Teams:WorkflowUrl"));

        var result = (ObjectResult)await host.Get<HealthCheck>().RunAsync(new DefaultHttpContext().Request, CancellationToken.None);

        Assert.AreEqual(StatusCodes.Status503ServiceUnavailable, result.StatusCode);
        var json = JsonSerializer.Serialize(result.Value);
        StringAssert.Contains(json, "Teams:WorkflowUrl");
        Assert.DoesNotContain(TestSettings.WebhookKey, json);
        Assert.DoesNotContain(TestSettings.LinkSigningKey, json);
    }

    [TestMethod]
    public async Task Health_ServiceClientCannotSignIn_Is503SayingUnreachableByTypeOnly()
    {
        CompatOnly.Require();
        using var host = new FunctionsTestHost(TestOrganization.Create(), withDataverse: false);

        var result = (ObjectResult)await host.Get<HealthCheck>().RunAsync(new DefaultHttpContext().Request, CancellationToken.None);

        Assert.AreEqual(StatusCodes.Status503ServiceUnavailable, result.StatusCode);
        // Compat's ServiceClient signs in as far as the token and then, like an unreachable service, is not ready.
        Assert.AreEqual("unreachable (DataverseConnectionException)", ((HealthReport)result.Value!).Dataverse);
    }

    [TestMethod]
    public async Task Health_QueueUnreachable_Is503SayingWhichByTypeOnly()
    {
        using var host = new FunctionsTestHost(TestOrganization.Create());
        host.Queue.Unreachable = true;

        var result = (ObjectResult)await host.Get<HealthCheck>().RunAsync(new DefaultHttpContext().Request, CancellationToken.None);

        Assert.AreEqual(StatusCodes.Status503ServiceUnavailable, result.StatusCode);
        var report = (HealthReport)result.Value!;
        Assert.AreEqual("reachable", report.Dataverse);
        Assert.AreEqual("unreachable (RequestFailedException)", report.NotificationQueue);
    }
}
