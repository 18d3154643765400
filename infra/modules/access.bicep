// Least access for the Functions app's system-assigned identity, and the two optional grants the release needs.
//
//   Functions app identity  Storage Blob Data Owner          host storage (keys, leases) and the deployment package
//                           Storage Queue Data Contributor   the notification queue and its poison queue
//                           Key Vault Secrets User           read the three secrets behind the app settings
//   Dataverse (optional)    Key Vault Secrets User           resolve the Secret environment variables' references
//   Release (optional)      Key Vault Secrets Officer        generate missing random secrets, read the webhook key
//                                                            to register it on the service endpoint
//
// No role is granted on the subscription or the resource group, and none on Table storage: the app uses none.

@description('Principal id of the Functions app\'s system-assigned identity.')
param functionAppPrincipalId string

@description('Name of the storage account the app uses.')
param storageAccountName string

@description('Name of the Key Vault holding the app\'s secrets.')
param keyVaultName string

@description('Object id of the Dataverse service principal (app id 00000007-0000-0000-c000-000000000000) in this tenant; empty grants nothing.')
param dataversePrincipalObjectId string

@description('Object id of the release pipeline\'s service principal; empty grants nothing.')
param releasePrincipalObjectId string

var roleDefinitionIds = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource appBlobDataOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, functionAppPrincipalId, roleDefinitionIds.storageBlobDataOwner)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionIds.storageBlobDataOwner)
    principalId: functionAppPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource appQueueDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, functionAppPrincipalId, roleDefinitionIds.storageQueueDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionIds.storageQueueDataContributor)
    principalId: functionAppPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource appSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, functionAppPrincipalId, roleDefinitionIds.keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionIds.keyVaultSecretsUser)
    principalId: functionAppPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource dataverseSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(dataversePrincipalObjectId)) {
  name: guid(vault.id, dataversePrincipalObjectId, roleDefinitionIds.keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionIds.keyVaultSecretsUser)
    principalId: dataversePrincipalObjectId
    principalType: 'ServicePrincipal'
  }
}

resource releaseSecretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(releasePrincipalObjectId)) {
  name: guid(vault.id, releasePrincipalObjectId, roleDefinitionIds.keyVaultSecretsOfficer)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionIds.keyVaultSecretsOfficer)
    principalId: releasePrincipalObjectId
    principalType: 'ServicePrincipal'
  }
}
