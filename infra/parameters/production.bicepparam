// Production environment. Tenant-specific values come from environment variables that the release pipeline sets from
// its per-environment variable group, so nothing of any tenant is committed; secret seeds are normally left unset
// (the pipeline generates the random ones and an admin sets the Teams URL in Key Vault).
using '../main.bicep'

param environmentName = 'production'
param maximumInstanceCount = 100
param instanceMemoryMB = 2048
param logRetentionInDays = 90
param enablePurgeProtection = true

param dataverseUrl = readEnvironmentVariable('LH_DATAVERSE_URL', '')
param dataverseOrganizationId = readEnvironmentVariable('LH_DATAVERSE_ORGANIZATION_ID', '')
param dataversePrincipalObjectId = readEnvironmentVariable('LH_DATAVERSE_PRINCIPAL_OBJECT_ID', '')
param releasePrincipalObjectId = readEnvironmentVariable('LH_RELEASE_PRINCIPAL_OBJECT_ID', '')

param webhookSharedKey = readEnvironmentVariable('LH_WEBHOOK_SHARED_KEY', '')
param teamsWorkflowUrl = readEnvironmentVariable('LH_TEAMS_WORKFLOW_URL', '')
param linkSigningKey = readEnvironmentVariable('LH_LINK_SIGNING_KEY', '')
