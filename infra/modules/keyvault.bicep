// The vault that holds the three secrets the Functions app needs. Authorisation is Azure RBAC (no access
// policies), so who may read a secret is visible in one place: the role assignments in access.bicep.
//
// A secret is written only when a value is supplied. A redeploy without values therefore never blanks a secret
// that an admin set by hand or that the release pipeline generated; the app settings point at the secret by name
// whether or not this deployment wrote it.

@description('Azure region of the vault.')
param location string

@description('Key Vault name (3 to 24 letters, digits and hyphens, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Purge protection cannot be turned off once on: on for production, optional elsewhere.')
param enablePurgeProtection bool

@description('Days a deleted vault or secret can be recovered.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int

@description('Shared key Dataverse sends in the webhook header; empty leaves the stored secret as it is.')
@secure()
param webhookSharedKey string

@description('Teams Workflows "When a Teams webhook request is received" URL; empty leaves the stored secret as it is.')
@secure()
param teamsWorkflowUrl string

@description('Base64 of at least 32 random bytes that signs acknowledgement links; empty leaves the stored secret as it is.')
@secure()
param linkSigningKey string

@description('Tags applied to every resource.')
param tags object

var secretNames = {
  webhookSharedKey: 'webhook-shared-key'
  teamsWorkflowUrl: 'teams-workflow-url'
  linkSigningKey: 'link-signing-key'
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    // The service refuses an explicit false, so "off" is expressed by leaving the property out.
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource webhookSharedKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(webhookSharedKey)) {
  parent: vault
  name: secretNames.webhookSharedKey
  properties: {
    value: webhookSharedKey
    contentType: 'text/plain'
  }
}

resource teamsWorkflowUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(teamsWorkflowUrl)) {
  parent: vault
  name: secretNames.teamsWorkflowUrl
  properties: {
    value: teamsWorkflowUrl
    contentType: 'text/uri-list'
  }
}

resource linkSigningKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(linkSigningKey)) {
  parent: vault
  name: secretNames.linkSigningKey
  properties: {
    value: linkSigningKey
    contentType: 'application/octet-stream;base64'
  }
}

output name string = vault.name
output id string = vault.id
output uri string = vault.properties.vaultUri
output secretNames object = secretNames
