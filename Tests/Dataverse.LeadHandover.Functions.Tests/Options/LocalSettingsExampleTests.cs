using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Options;

/// <summary>
/// The committed settings files: the local.settings example lists every setting the options need and holds no
/// secret; host.json sets the queue trigger's retry and poison behaviour ("host.json reference: queues",
/// https://learn.microsoft.com/azure/azure-functions/functions-host-json#queues).
/// </summary>
[TestClass]
public sealed class LocalSettingsExampleTests
{
    private static readonly string[] Secrets = ["Webhook__SharedKey", "Teams__WorkflowUrl", "Acknowledgement__LinkSigningKey", "Dataverse__ConnectionString"];

    [TestMethod]
    public void Example_EverySettingTheAppBinds_IsListed()
    {
        var values = Values();

        foreach (var key in TestSettings.Valid(Guid.Empty).Keys.Select(k => k.Replace(":", "__", StringComparison.Ordinal)))
        {
            Assert.IsTrue(values.ContainsKey(key), key + " is missing from local.settings.example.json");
        }
    }

    [TestMethod]
    public void Example_SecretSettings_HoldOnlyPlaceholders()
    {
        var values = Values();

        foreach (var key in Secrets)
        {
            StringAssert.StartsWith((string?)values[key], "<", key);
        }
    }

    [TestMethod]
    public void HostJson_QueueTrigger_RetriesFiveTimesThenPoisonsAndDecodesBase64()
    {
        var queues = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("Functions", "host.json")))!["extensions"]!["queues"]!;

        Assert.AreEqual(5, (int?)queues["maxDequeueCount"]);
        Assert.AreEqual("base64", (string?)queues["messageEncoding"]);
    }

    [TestMethod]
    public void GitIgnore_LocalSettingsAndAzuriteData_AreIgnored()
    {
        var ignored = File.ReadAllLines(RepositoryRoot.Combine(".gitignore"));

        CollectionAssert.IsSubsetOf(new[] { ".azurite/", "Functions/local.settings.json", "tools/azurite/node_modules/" }, ignored);
    }

    private static JsonObject Values() =>
        JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("Functions", "local.settings.example.json")))!["Values"]!.AsObject();
}
