using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Release.Tests.Secrets;

/// <summary>The scanner catches the credential shapes it is for and lets secret-store references through.</summary>
[TestClass]
public sealed class SecretScannerTests
{
    // The fake credentials are split in source ("…=" + "…") so that secret scanners run over this repository don't
    // report them; the scanner under test sees the joined string.
    [TestMethod]
    [DataRow("AzureWebJobsStorage: DefaultEndpointsProtocol=https;AccountName=st1;AccountKey=" + "c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0", "storage or Service Bus key")]
    [DataRow("teamsWorkflowUrl: 'https://prod-01.westeurope.logic.azure.com/workflows/1/triggers/manual/paths/invoke?api-version=1&sig=" + "AbCdEf0123456789AbCdEf'", "SAS or workflow signature")]
    [DataRow("url: https://func.azurewebsites.net/api/x?code=Zx9YwV8uT7sR6qP5oN4mL3kJ", "SAS or workflow signature")]
    [DataRow("-----BEGIN RSA " + "PRIVATE KEY-----", "private key")]
    [DataRow("token: eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig", "JSON web token")]
    [DataRow("value: Q2xpZW50U2VjcmV0VmFsdWVUaGF0SXNMb25nRW5vdWdoMTIzNA==", "long base64 literal")]
    [DataRow("client-secret: 'Xy8Q~abcDEF123ghiJKL456mnoPQR'", "literal value for 'client-secret'")]
    [DataRow("param linkSigningKey = 'c2lnbmluZ2tleTEyMzQ1Njc4OTA='", "literal value for 'linkSigningKey'")]
    [DataRow("    Teams__Secret: 'Abc123def456ghi789jkl'", "literal value for 'Teams__Secret'")]
    [DataRow("client_secret: Abc123def456ghi789jkl", "literal value for 'client_secret'")]
    public void Findings_CredentialLiteral_IsFound(string line, string rule)
    {
        var findings = SecretScanner.Findings(line);

        Assert.Contains($"line 1: {rule}", findings);
    }

    [TestMethod]
    [DataRow("client-secret: ${{ secrets.POWERPLATFORM_CLIENT_SECRET }}")]
    [DataRow("LH_PP_CLIENT_SECRET: $(BuildTools.ClientSecret)")]
    [DataRow("param linkSigningKey = readEnvironmentVariable('LH_LINK_SIGNING_KEY', '')")]
    [DataRow("keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'")]
    [DataRow("webhookSharedKey: 'webhook-shared-key'")]
    [DataRow("Webhook__SharedKey: '@Microsoft.KeyVault(SecretUri=${secretUris.webhookSharedKey})'")]
    [DataRow("linkSigningKey: keyVault.outputs.secretNames.linkSigningKey")]
    [DataRow("-WebhookKeySecretName $env:LH_WEBHOOK_SHARED_KEY_SECRET_NAME")]
    [DataRow("task: microsoft-IsvExpTools.PowerPlatform-BuildTools.import-solution.PowerPlatformImportSolution@2")]
    public void Findings_SecretStoreReference_IsNotASecret(string line)
    {
        var findings = SecretScanner.Findings(line);

        Assert.IsEmpty(findings, string.Join("; ", findings));
    }
}
