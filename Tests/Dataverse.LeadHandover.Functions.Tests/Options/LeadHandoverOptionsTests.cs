using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.Functions.Options;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Options;

/// <summary>
/// Options are bound, validated with data annotations and checked at start-up, and a bad setting is named by its
/// configuration key and app setting name without echoing its value ("Options pattern: validation",
/// https://learn.microsoft.com/dotnet/core/extensions/options#options-validation).
/// </summary>
[TestClass]
public sealed class LeadHandoverOptionsTests
{
    private static readonly Guid Organization = new("00000000-0000-0000-0000-0000000a0001");

    [TestMethod]
    public void StartupValidation_CompleteSettings_Passes()
    {
        using var services = Build(_ => { });

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.AreEqual(TestSettings.EnvironmentUrl, services.GetRequiredService<IOptions<DataverseOptions>>().Value.Url);
        Assert.AreEqual(4, services.GetRequiredService<IOptions<TeamsOptions>>().Value.MaxPostsPerSecond);
    }

    [TestMethod]
    [DataRow("Dataverse:Url", DisplayName = "Dataverse URL")]
    [DataRow("Webhook:SharedKey", DisplayName = "webhook key")]
    [DataRow("Webhook:AllowedOrganizationId", DisplayName = "allowed organization")]
    [DataRow("Teams:WorkflowUrl", DisplayName = "Teams workflow URL")]
    [DataRow("Acknowledgement:PublicBaseUrl", DisplayName = "public base URL")]
    [DataRow("Acknowledgement:LinkSigningKey", DisplayName = "link signing key")]
    [DataRow("Queues:Connection", DisplayName = "queue connection")]
    [DataRow("Queues:NotificationQueueName", DisplayName = "queue name")]
    public void StartupValidation_SettingMissing_FailsNamingTheSetting(string key)
    {
        using var services = Build(settings => settings.Remove(key));

        var thrown = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        StringAssert.Contains(thrown.Message, key);
        StringAssert.Contains(thrown.Message, key.Replace(":", "__", StringComparison.Ordinal));
    }

    [TestMethod]
    public void StartupValidation_ManagedIdentityQueueConnectionInsteadOfConnectionString_Passes()
    {
        // The shape the Bicep deploys: no storage key, the app's identity and the queue service endpoint.
        using var services = Build(settings =>
        {
            settings.Remove("Queues:Connection");
            settings["Queues:Connection:queueServiceUri"] = "https://leadhandover.queue.core.windows.net";
            settings["Queues:Connection:credential"] = "managedidentity";
        });

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.AreEqual(new Uri("https://leadhandover.queue.core.windows.net"), services.GetRequiredService<IOptions<QueueOptions>>().Value.IdentityConnection!.QueueServiceUri);
    }

    [TestMethod]
    [DataRow("Webhook:SharedKey", "too-short", DisplayName = "webhook key under 32 characters")]
    [DataRow("Teams:WorkflowUrl", "not a url", DisplayName = "workflow URL not absolute")]
    [DataRow("Teams:MaxPostsPerSecond", "5", DisplayName = "over Teams' 4 posts per second")]
    [DataRow("Acknowledgement:LinkSigningKey", "c2hvcnQ=", DisplayName = "signing key under 32 bytes")]
    [DataRow("Acknowledgement:LinkSigningKey", "not base64 at all!", DisplayName = "signing key not base64")]
    [DataRow("Queues:NotificationQueueName", "Handover_Notifications", DisplayName = "queue name storage refuses")]
    public void StartupValidation_BadValue_FailsNamingTheSettingWithoutEchoingIt(string key, string value)
    {
        using var services = Build(settings => settings[key] = value);

        var thrown = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        StringAssert.Contains(thrown.Message, key);
        Assert.DoesNotContain(value, thrown.Message);
    }

    [TestMethod]
    public void QueueOptions_TriggerBindingNames_PointAtTheBoundSettings()
    {
        Assert.AreEqual("Queues:Connection", QueueOptions.ConnectionSetting);
        Assert.AreEqual("%Queues:NotificationQueueName%", QueueOptions.NotificationQueueNameExpression);
    }

    private static ServiceProvider Build(Action<Dictionary<string, string?>> adjust)
    {
        var settings = TestSettings.Valid(Organization);
        adjust(settings);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLeadHandoverOptions();
        return services.BuildServiceProvider();
    }
}
