// The Functions app's settings, written after access.bicep has granted the app its roles so that the Key Vault
// references resolve on first start. Names are the options sections the app binds (Functions/Options/):
// Section__Property. Secrets are Key Vault references to the versionless secret URI, so a rotated secret reaches
// the app without a redeploy (App Service re-reads references within a day, or at once on any settings change).
// https://learn.microsoft.com/azure/app-service/app-service-key-vault-references

@description('Name of the function app.')
param appName string

@description('Name of the storage account behind AzureWebJobsStorage and the notification queue.')
param storageAccountName string

@description('Queue endpoint of that storage account.')
param queueEndpoint string

@description('Name of the notification queue.')
param notificationQueueName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Vault URI, e.g. https://kv-lh-abc.vault.azure.net/.')
param keyVaultUri string

@description('Secret names in the vault (keyvault.bicep output).')
param secretNames object

@description('Dataverse environment URL, e.g. https://contoso.crm4.dynamics.com.')
param dataverseUrl string

@description('The Dataverse organization id whose webhook calls the app accepts.')
param dataverseOrganizationId string

@description('Request header that carries the webhook shared key.')
param webhookKeyHeaderName string

@description('Public base URL of the app\'s HTTP functions, including the /api route prefix.')
param publicBaseUrl string

resource app 'Microsoft.Web/sites@2024-04-01' existing = {
  name: appName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

// Versionless secret URIs: the trailing slash and no version segment mean "the current version".
var secretUris = {
  webhookSharedKey: '${keyVaultUri}secrets/${secretNames.webhookSharedKey}/'
  teamsWorkflowUrl: '${keyVaultUri}secrets/${secretNames.teamsWorkflowUrl}/'
  linkSigningKey: '${keyVaultUri}secrets/${secretNames.linkSigningKey}/'
}

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: app
  name: 'appsettings'
  properties: {
    // Host storage through the managed identity: the account name alone selects identity-based access.
    AzureWebJobsStorage__accountName: storageAccountName
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString

    Dataverse__Url: dataverseUrl

    Webhook__SharedKey: '@Microsoft.KeyVault(SecretUri=${secretUris.webhookSharedKey})'
    Webhook__AllowedOrganizationId: dataverseOrganizationId
    Webhook__KeyHeaderName: webhookKeyHeaderName

    Teams__WorkflowUrl: '@Microsoft.KeyVault(SecretUri=${secretUris.teamsWorkflowUrl})'

    Acknowledgement__PublicBaseUrl: publicBaseUrl
    Acknowledgement__LinkSigningKey: '@Microsoft.KeyVault(SecretUri=${secretUris.linkSigningKey})'

    // Identity-based connection (no account key): the queue trigger and the sender read Queues:Connection as a
    // section holding the service URI and the credential kind.
    Queues__Connection__queueServiceUri: queueEndpoint
    Queues__Connection__credential: 'managedidentity'
    Queues__NotificationQueueName: notificationQueueName
    Sweep__Schedule: '0 */1 * * * *'
    Sweep__FollowUpSchedule: '0 */15 * * * *'
  }
}
