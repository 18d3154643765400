using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Release.Tests.Repository;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Release.Tests.Infrastructure;

/// <summary>
/// What the compiled Bicep deploys: a .NET 10 isolated app on Flex Consumption with a system-assigned identity and
/// least access, settings named as the Functions options bind them, secrets as Key Vault references, nothing that
/// Flex Consumption deprecates, secure parameters without defaults.
/// Flex Consumption IaC: https://learn.microsoft.com/azure/azure-functions/functions-infrastructure-as-code?pivots=flex-consumption-plan ;
/// deprecated settings: https://learn.microsoft.com/azure/azure-functions/functions-app-settings#flex-consumption-plan-deprecations ;
/// Key Vault references: https://learn.microsoft.com/azure/app-service/app-service-key-vault-references ;
/// built-in roles: https://learn.microsoft.com/azure/role-based-access-control/built-in-roles
/// </summary>
[TestClass]
public sealed partial class InfrastructureTemplateTests
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";

    private static readonly string[] BroadRoles =
    [
        "8e3af657-a8ff-443c-a75c-2fe8c4bcb635", // Owner
        "b24988ac-6180-42a0-ab88-20f7382dd24c", // Contributor
        "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9", // User Access Administrator
    ];

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task FunctionApp_RunsDotnetIsolated10OnFlexConsumptionWithItsOwnIdentity()
    {
        var template = await CompiledInfrastructure.MainTemplateAsync(TestContext.CancellationToken);

        var plan = template.OfType("Microsoft.Web/serverfarms").Single();
        var app = template.OfType("Microsoft.Web/sites").Single();
        var config = app.GetProperty("properties").GetProperty("functionAppConfig");

        Assert.AreEqual("FlexConsumption", plan.GetProperty("sku").GetProperty("tier").GetString());
        Assert.AreEqual("functionapp,linux", app.GetProperty("kind").GetString());
        Assert.AreEqual("SystemAssigned", app.GetProperty("identity").GetProperty("type").GetString());
        Assert.AreEqual("dotnet-isolated", config.GetProperty("runtime").GetProperty("name").GetString());
        Assert.AreEqual("10.0", config.GetProperty("runtime").GetProperty("version").GetString());
        var storage = config.GetProperty("deployment").GetProperty("storage");
        Assert.AreEqual("blobContainer", storage.GetProperty("type").GetString());
        Assert.AreEqual("SystemAssignedIdentity", storage.GetProperty("authentication").GetProperty("type").GetString());
    }

    [TestMethod]
    public async Task AppSettings_CoverEveryRequiredFunctionsOption()
    {
        var settings = await AppSettingsAsync();
        var required = FunctionOptionsSource.Settings.Where(s => s.IsRequired).ToList();

        var missing = required
            .Where(s => !settings.ContainsKey(s.Name) && !settings.Keys.Any(k => k.StartsWith(s.Name + "__", StringComparison.Ordinal)))
            .Select(s => $"{s.Name} ({s.Source}) has no app setting")
            .ToList();

        Assert.IsNotEmpty(required, $"the option classes in {FunctionOptionsSource.Folder} were read");
        Problems.AssertNone(missing);
    }

    [TestMethod]
    public async Task AppSettings_NameOnlySettingsTheFunctionsAppOrThePlatformReads()
    {
        var settings = await AppSettingsAsync();
        var bound = FunctionOptionsSource.Settings.Select(s => s.Name).ToList();
        string[] platform = ["AzureWebJobsStorage__accountName", "APPLICATIONINSIGHTS_CONNECTION_STRING"];

        var unknown = settings.Keys
            .Where(k => !platform.Contains(k) && !bound.Any(b => k == b || k.StartsWith(b + "__", StringComparison.Ordinal)))
            .ToList();

        Problems.AssertNone(unknown);
    }

    [TestMethod]
    public async Task AppSettings_SecretsAreKeyVaultReferencesOrIdentityConnections()
    {
        var settings = await AppSettingsAsync();

        var problems = new List<string>();
        foreach (var secret in FunctionOptionsSource.Settings.Where(s => s.IsSecret))
        {
            if (settings.TryGetValue(secret.Name, out var value))
            {
                if (!value.Contains("@Microsoft.KeyVault(SecretUri=", StringComparison.Ordinal))
                {
                    problems.Add($"{secret.Name} holds a value instead of a Key Vault reference");
                }
            }
            else if (secret.IsRequired && !settings.Keys.Any(k => k.StartsWith(secret.Name + "__", StringComparison.Ordinal)))
            {
                problems.Add($"{secret.Name} is required but neither referenced nor an identity-based connection");
            }
        }

        var keyVaultReferences = settings.Values.Count(v => v.Contains("@Microsoft.KeyVault(SecretUri=", StringComparison.Ordinal));

        Problems.AssertNone(problems);
        Assert.AreEqual(3, keyVaultReferences, "the webhook key, the Teams workflow URL and the link signing key");
    }

    [TestMethod]
    [DataRow("FUNCTIONS_EXTENSION_VERSION")]
    [DataRow("FUNCTIONS_WORKER_RUNTIME")]
    [DataRow("WEBSITE_RUN_FROM_PACKAGE")]
    [DataRow("WEBSITE_CONTENTSHARE")]
    [DataRow("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING")]
    [DataRow("AzureWebJobsStorage")]
    public async Task AppSettings_LeaveOutWhatFlexConsumptionDeprecatesOrKeysWouldNeed(string setting)
    {
        var settings = await AppSettingsAsync();

        Assert.DoesNotContain(setting, settings.Keys.ToList());
        Assert.Contains("AzureWebJobsStorage__accountName", settings.Keys.ToList());
    }

    [TestMethod]
    public async Task FunctionAppIdentity_GetsExactlyItsThreeDataRoles_OnTheResourcesItUses()
    {
        var template = await CompiledInfrastructure.MainTemplateAsync(TestContext.CancellationToken);
        var assignments = template.OfTypeWithTemplate("Microsoft.Authorization/roleAssignments").ToList();

        var appRoles = assignments
            .Where(a => a.Resource.GetProperty("properties").GetProperty("principalId").GetString()!.Contains("functionAppPrincipalId", StringComparison.Ordinal))
            .Select(a => RoleDefinitionId(a.Resource, a.Template))
            .ToList();
        var unscoped = assignments.Where(a => !a.Resource.TryGetProperty("scope", out _)).ToList();

        CollectionAssert.AreEquivalent(new[] { StorageBlobDataOwner, StorageQueueDataContributor, KeyVaultSecretsUser }, appRoles);
        Assert.IsEmpty(unscoped, "every role assignment is scoped to one resource, none to the resource group");
        Assert.IsFalse(BroadRoles.Any(r => template.Root.GetRawText().Contains(r, StringComparison.OrdinalIgnoreCase)), "no Owner, Contributor or User Access Administrator");
    }

    [TestMethod]
    public async Task KeyVaultAndStorage_AuthoriseWithEntraIdOnly()
    {
        var template = await CompiledInfrastructure.MainTemplateAsync(TestContext.CancellationToken);

        var vault = template.OfType("Microsoft.KeyVault/vaults").Single().GetProperty("properties");
        var storage = template.OfType("Microsoft.Storage/storageAccounts").Single().GetProperty("properties");

        Assert.IsTrue(vault.GetProperty("enableRbacAuthorization").GetBoolean(), "Key Vault in RBAC mode");
        Assert.IsFalse(vault.TryGetProperty("accessPolicies", out _), "no access policies");
        Assert.IsFalse(storage.GetProperty("allowSharedKeyAccess").GetBoolean(), "no storage account keys");
        Assert.IsFalse(storage.GetProperty("allowBlobPublicAccess").GetBoolean(), "no public blobs");
    }

    [TestMethod]
    public async Task Storage_HoldsTheDeploymentContainerAndTheNotificationQueue()
    {
        var template = await CompiledInfrastructure.MainTemplateAsync(TestContext.CancellationToken);
        var settings = await AppSettingsAsync();

        Assert.HasCount(1, template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").ToList());
        Assert.HasCount(1, template.OfType("Microsoft.Storage/storageAccounts/queueServices/queues").ToList(), "one copy-loop creates the queue and its poison queue");
        Assert.IsTrue(settings.ContainsKey("Queues__NotificationQueueName"));
    }

    [TestMethod]
    public async Task SecureParameters_HaveNoDefaultValue()
    {
        var template = await CompiledInfrastructure.MainTemplateAsync(TestContext.CancellationToken);

        var secure = template.Templates
            .SelectMany(t => t.GetProperty("parameters").EnumerateObject())
            .Where(p => p.Value.GetProperty("type").GetString() is "securestring" or "secureObject")
            .ToList();
        var withDefault = secure.Where(p => p.Value.TryGetProperty("defaultValue", out _)).Select(p => p.Name).ToList();
        var mainSecure = template.Root.GetProperty("parameters").EnumerateObject()
            .Where(p => p.Value.GetProperty("type").GetString() == "securestring").Select(p => p.Name).ToList();

        CollectionAssert.AreEquivalent(new[] { "webhookSharedKey", "teamsWorkflowUrl", "linkSigningKey" }, mainSecure);
        Problems.AssertNone(withDefault);
    }

    private async Task<IReadOnlyDictionary<string, string>> AppSettingsAsync()
    {
        var template = await CompiledInfrastructure.MainTemplateAsync(TestContext.CancellationToken);
        var config = template.OfType("Microsoft.Web/sites/config")
            .Single(r => r.GetProperty("name").GetString()!.Contains("appsettings", StringComparison.Ordinal));
        return config.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString(), StringComparer.Ordinal);
    }

    /// <summary>The role GUID an assignment names, looked up in its template's roleDefinitionIds variable.</summary>
    private static string RoleDefinitionId(JsonElement assignment, JsonElement template)
    {
        var expression = assignment.GetProperty("properties").GetProperty("roleDefinitionId").GetString()!;
        var variable = RoleVariable().Match(expression);
        return variable.Success && ArmTemplate.Variable(template, "roleDefinitionIds") is { } ids
            ? ids.GetProperty(variable.Groups["role"].Value).GetString()!
            : expression;
    }

    [GeneratedRegex(@"variables\('roleDefinitionIds'\)\.(?<role>\w+)")]
    private static partial Regex RoleVariable();
}
