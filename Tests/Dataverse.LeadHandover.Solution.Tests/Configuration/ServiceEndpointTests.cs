using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.Configuration;

/// <summary>
/// The webhook travels in the solution without its key (the auth value is write-only and never exported) and with
/// a URL that cannot reach anything until an environment sets it; its asynchronous step is registered after import
/// from postdeployment/webhook-steps.json, because no exported webhook step has been seen to copy.
/// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/serviceendpoint
/// https://learn.microsoft.com/power-apps/developer/data-platform/register-web-hook
/// </summary>
[TestClass]
public sealed class ServiceEndpointTests
{
    private static XElement Endpoint =>
        SolutionFiles.Xml("PluginAssemblies/ServiceEndpoints.xml").Root!.Elements("ServiceEndpoint").Single();

    private static string PostDeployment(string file) => Path.Combine(SolutionFiles.SolutionFolder, "postdeployment", file);

    [TestMethod]
    public void Webhook_IsAJsonWebhookWithAHeaderKeyAndNoKeyInSource()
    {
        Assert.AreEqual("Lead Handover Functions", (string?)Endpoint.Attribute("Name"));
        Assert.AreEqual("8", (string?)Endpoint.Element("Contract"), "Webhook");
        Assert.AreEqual("5", (string?)Endpoint.Element("AuthType"), "HttpHeader: the Functions check the key header in constant time");
        Assert.AreEqual("2", (string?)Endpoint.Element("MessageFormat"), "Json");
        Assert.IsFalse(Endpoint.Descendants().Any(e => e.Name.LocalName.Contains("AuthValue", StringComparison.OrdinalIgnoreCase)));
    }

    [TestMethod]
    public void WebhookUrl_IsAnUnreachablePlaceholder()
    {
        var url = new Uri((string)Endpoint.Element("Url")!);

        Assert.AreEqual(Uri.UriSchemeHttps, url.Scheme);
        StringAssert.EndsWith(url.Host, ".invalid", "RFC 2606: a name that can never resolve, so nothing is sent before an environment sets the URL");
    }

    [TestMethod]
    public void WebhookStep_IsAnAsynchronousPostOperationCreateOfHandover()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(PostDeployment("webhook-steps.json")));
        var step = document.RootElement.GetProperty("Steps").EnumerateArray().Single();

        Assert.AreEqual(Guid.Parse(((string)Endpoint.Attribute("ServiceEndpointId")!).Trim('{', '}')), step.GetProperty("ServiceEndpointId").GetGuid());
        Assert.AreEqual("Create", step.GetProperty("Message").GetString());
        Assert.AreEqual("lh_handover", step.GetProperty("PrimaryEntity").GetString());
        Assert.IsTrue(SolutionModel.Tables.ContainsKey(step.GetProperty("PrimaryEntity").GetString()!));
        Assert.AreEqual(40, step.GetProperty("Stage").GetInt32());
        Assert.AreEqual(1, step.GetProperty("Mode").GetInt32(), "asynchronous: a slow or failing receiver must not roll back the handover");
        Assert.IsTrue(step.GetProperty("AsyncAutoDelete").GetBoolean());
    }

    [TestMethod]
    [DataRow("dev")]
    [DataRow("test")]
    [DataRow("prod")]
    public void EndpointSettings_NameTheWebhookAndHoldOnlyPlaceholders(string environment)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(PostDeployment($"serviceendpoints.{environment}.json")));
        var endpoint = document.RootElement.GetProperty("ServiceEndpoints").EnumerateArray().Single();

        Assert.AreEqual(Guid.Parse(((string)Endpoint.Attribute("ServiceEndpointId")!).Trim('{', '}')), endpoint.GetProperty("ServiceEndpointId").GetGuid());
        StringAssert.StartsWith(endpoint.GetProperty("Url").GetString(), "https://<");
        StringAssert.StartsWith(endpoint.GetProperty("AuthValue").GetString(), "<");
    }
}
