// Azure side of Dataverse.LeadHandover, one resource group per environment:
//   Log Analytics + Application Insights   monitoring.bicep
//   Storage (host, deployment, queue)      storage.bicep
//   Key Vault (RBAC) with three secrets    keyvault.bicep
//   Flex Consumption Functions app (.NET 10 isolated, system-assigned identity)   functionapp.bicep
//   Role assignments (least access)        access.bicep
//   App settings with Key Vault references appsettings.bicep
//
// Deploy: az deployment group create -g <resource-group> -f infra/main.bicep -p infra/parameters/<env>.bicepparam
// The parameter files read tenant-specific values and optional secret seeds from environment variables, so no
// value of any tenant is committed. See docs/admin-guide.md.

targetScope = 'resourceGroup'

@description('Which environment this resource group serves.')
@allowed([
  'test'
  'production'
])
param environmentName string

@description('Azure region; Flex Consumption is offered in a subset of regions.')
param location string = resourceGroup().location

@description('Short name used in every resource name.')
@minLength(2)
@maxLength(12)
param workloadName string = 'leadhandover'

@description('Dataverse environment URL, e.g. https://contoso.crm4.dynamics.com.')
param dataverseUrl string

@description('The Dataverse organization id (Settings > Developer resources) whose webhook calls are accepted.')
param dataverseOrganizationId string

@description('Upper bound on Functions instances.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory per Functions instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Days Log Analytics keeps data.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int

@description('Key Vault purge protection (irreversible once on).')
param enablePurgeProtection bool

@description('Object id of the Dataverse service principal in this tenant; grants it read access to the vault so Secret environment variables resolve. Empty grants nothing.')
param dataversePrincipalObjectId string

@description('Object id of the release pipeline\'s service principal; lets it generate missing random secrets and read the webhook key. Empty grants nothing.')
param releasePrincipalObjectId string

@description('Seed for the webhook shared key secret; empty leaves the vault as it is.')
@secure()
param webhookSharedKey string

@description('Seed for the Teams workflow URL secret; empty leaves the vault as it is.')
@secure()
param teamsWorkflowUrl string

@description('Seed for the link signing key secret (base64 of at least 32 bytes); empty leaves the vault as it is.')
@secure()
param linkSigningKey string

// Globally unique names need a suffix; this one is stable for the resource group, so redeploys update in place.
var suffix = uniqueString(resourceGroup().id, environmentName)
var names = {
  workspace: 'log-${workloadName}-${environmentName}'
  applicationInsights: 'appi-${workloadName}-${environmentName}'
  storage: take(toLower('st${replace(workloadName, '-', '')}${suffix}'), 24)
  keyVault: take(toLower('kv-${take(workloadName, 6)}-${suffix}'), 24)
  plan: 'plan-${workloadName}-${environmentName}'
  functionApp: 'func-${workloadName}-${environmentName}-${suffix}'
}
var deploymentContainerName = 'app-package'
var notificationQueueName = 'lh-handover-notifications'
var webhookKeyHeaderName = 'x-lh-webhook-key'
var tags = {
  workload: workloadName
  environment: environmentName
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: names.workspace
    applicationInsightsName: names.applicationInsights
    retentionInDays: logRetentionInDays
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    name: names.storage
    deploymentContainerName: deploymentContainerName
    queueNames: [
      notificationQueueName
    ]
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    name: names.keyVault
    enablePurgeProtection: enablePurgeProtection
    softDeleteRetentionInDays: 90
    webhookSharedKey: webhookSharedKey
    teamsWorkflowUrl: teamsWorkflowUrl
    linkSigningKey: linkSigningKey
    tags: tags
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    location: location
    planName: names.plan
    appName: names.functionApp
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    tags: tags
  }
}

module access 'modules/access.bicep' = {
  name: 'access'
  params: {
    functionAppPrincipalId: functionApp.outputs.principalId
    storageAccountName: storage.outputs.name
    keyVaultName: keyVault.outputs.name
    dataversePrincipalObjectId: dataversePrincipalObjectId
    releasePrincipalObjectId: releasePrincipalObjectId
  }
}

module appSettings 'modules/appsettings.bicep' = {
  name: 'appsettings'
  params: {
    appName: functionApp.outputs.name
    storageAccountName: storage.outputs.name
    queueEndpoint: storage.outputs.queueEndpoint
    notificationQueueName: notificationQueueName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    keyVaultUri: keyVault.outputs.uri
    secretNames: keyVault.outputs.secretNames
    dataverseUrl: dataverseUrl
    dataverseOrganizationId: dataverseOrganizationId
    webhookKeyHeaderName: webhookKeyHeaderName
    publicBaseUrl: 'https://${functionApp.outputs.hostName}/api'
  }
  dependsOn: [
    access
  ]
}

@description('Name of the function app (the zip deploy target).')
output functionAppName string = functionApp.outputs.name

@description('Base URL of the app, without the /api prefix.')
output functionAppBaseUrl string = 'https://${functionApp.outputs.hostName}'

@description('Value for the lh_AcknowledgementBaseUrl environment variable.')
output acknowledgementBaseUrl string = 'https://${functionApp.outputs.hostName}/api/acknowledge'

@description('Header the service endpoint must send the webhook key in (authtype 5, HttpHeader).')
output webhookKeyHeaderName string = webhookKeyHeaderName

@description('Name of the Key Vault.')
output keyVaultName string = keyVault.outputs.name

@description('Resource id of the Key Vault; a Secret environment variable refers to <id>/secrets/<name>.')
output keyVaultResourceId string = keyVault.outputs.id

@description('Name of the secret holding the webhook shared key.')
output webhookSharedKeySecretName string = keyVault.outputs.secretNames.webhookSharedKey

@description('Name of the secret holding the Teams workflow URL.')
output teamsWorkflowUrlSecretName string = keyVault.outputs.secretNames.teamsWorkflowUrl

@description('Name of the secret holding the link signing key.')
output linkSigningKeySecretName string = keyVault.outputs.secretNames.linkSigningKey
