#!/usr/bin/env bash
# Deploys infra/main.bicep into one environment's resource group and publishes its outputs (function app name,
# Key Vault name, secret names, URLs) as LH_* variables for the later steps of the job.
#
#   deploy-infrastructure.sh <test|production> <resource-group>
#
# Runs signed in to Azure (AzureCLI@2 in Azure Pipelines, azure/login in GitHub Actions). Tenant-specific values come
# from the environment (the CI system's per-environment variables), read by infra/parameters/<env>.bicepparam:
#   LH_DATAVERSE_URL, LH_DATAVERSE_ORGANIZATION_ID           required
#   LH_DATAVERSE_PRINCIPAL_OBJECT_ID, LH_RELEASE_PRINCIPAL_OBJECT_ID   optional grants on the vault
set -euo pipefail
cd "$(dirname "$0")/../.."
source pipelines/scripts/ci-variables.sh

environment="${1:?environment (test or production)}"
resource_group="${2:?resource group}"
parameters="infra/parameters/${environment}.bicepparam"
[ -f "$parameters" ] || { echo "No parameter file $parameters." >&2; exit 1; }

for name in LH_DATAVERSE_URL LH_DATAVERSE_ORGANIZATION_ID LH_DATAVERSE_PRINCIPAL_OBJECT_ID LH_RELEASE_PRINCIPAL_OBJECT_ID; do
  export "${name}=$(setting_or_empty "${!name:-}")"
done
for required in LH_DATAVERSE_URL LH_DATAVERSE_ORGANIZATION_ID; do
  if [ -z "${!required}" ]; then
    echo "${required} is empty: set it in the ${environment} environment's pipeline variables (docs/admin-guide.md)." >&2
    exit 1
  fi
done

deployment_name="leadhandover-${environment}-${BUILD_BUILDID:-${GITHUB_RUN_ID:-manual}}"
outputs_file="$(mktemp)"
az deployment group create \
  --name "$deployment_name" \
  --resource-group "$resource_group" \
  --template-file infra/main.bicep \
  --parameters "$parameters" \
  --query properties.outputs \
  --output json > "$outputs_file"

# functionAppName -> LH_FUNCTION_APP_NAME, and so on for every output.
while IFS=$'\t' read -r key value; do
  name="LH_$(echo "$key" | sed -E 's/([a-z0-9])([A-Z])/\1_\2/g' | tr '[:lower:]' '[:upper:]')"
  publish_variable "$name" "$value"
  echo "${name}=${value}"
done < <(jq -r 'to_entries[] | [.key, (.value.value | tostring)] | @tsv' "$outputs_file")
rm -f "$outputs_file"
