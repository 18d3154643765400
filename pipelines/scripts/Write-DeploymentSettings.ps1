<#
.SYNOPSIS
    Fills one environment's deployment settings template (Solution/deploymentsettings/<env>.json) with the values
    of the infrastructure just deployed, for `pac solution import --settings-file` / the import tasks.

.DESCRIPTION
    The committed templates hold only empty values and <placeholders>. This script sets
      lh_AcknowledgementBaseUrl   the Functions app's acknowledgement URL (LH_ACKNOWLEDGEMENT_BASE_URL)
      lh_TeamsWorkflowUrl         Key Vault reference <vault resource id>/secrets/<name> (LH_KEY_VAULT_RESOURCE_ID,
      lh_LinkSigningKey           LH_TEAMS_WORKFLOW_URL_SECRET_NAME, LH_LINK_SIGNING_KEY_SECRET_NAME)
    and leaves out every variable whose template value is empty, so that the solution's default stays in force:
    whether import would store an empty value that hides the default is not documented, and leaving the variable
    out of the file avoids the question. A placeholder left anywhere stops the release instead of reaching Dataverse.

.EXAMPLE
    ./pipelines/scripts/Write-DeploymentSettings.ps1 -Template Solution/deploymentsettings/test.json -OutFile $env:RUNNER_TEMP/settings.json
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Template,
    [Parameter(Mandatory)] [string] $OutFile
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Get-RequiredSetting([string] $Name) {
    $value = [Environment]::GetEnvironmentVariable($Name)
    if ([string]::IsNullOrWhiteSpace($value)) {
        throw "$Name is not set: run deploy-infrastructure.sh first in this job."
    }
    return $value.Trim()
}

$keyVaultId = Get-RequiredSetting 'LH_KEY_VAULT_RESOURCE_ID'
$valuesBySchemaName = @{
    'lh_AcknowledgementBaseUrl' = Get-RequiredSetting 'LH_ACKNOWLEDGEMENT_BASE_URL'
    'lh_TeamsWorkflowUrl'       = "$keyVaultId/secrets/$(Get-RequiredSetting 'LH_TEAMS_WORKFLOW_URL_SECRET_NAME')"
    'lh_LinkSigningKey'         = "$keyVaultId/secrets/$(Get-RequiredSetting 'LH_LINK_SIGNING_KEY_SECRET_NAME')"
}

$settings = Get-Content -LiteralPath $Template -Raw | ConvertFrom-Json
$kept = [System.Collections.Generic.List[object]]::new()
foreach ($variable in $settings.EnvironmentVariables) {
    if ($valuesBySchemaName.ContainsKey($variable.SchemaName)) {
        $variable.Value = $valuesBySchemaName[$variable.SchemaName]
    }

    if ([string]::IsNullOrEmpty($variable.Value)) {
        Write-Host "$($variable.SchemaName): not in the file, the solution default applies"
        continue
    }

    if ($variable.Value -match '<[^<>]+>') {
        throw "$($variable.SchemaName) in $Template still holds a placeholder ($($Matches[0])); give this script its value."
    }

    Write-Host "$($variable.SchemaName): set"
    $kept.Add($variable)
}

$settings.EnvironmentVariables = $kept.ToArray()
foreach ($reference in @($settings.ConnectionReferences)) {
    if ($null -ne $reference -and "$($reference.ConnectionId)" -match '<[^<>]+>') {
        throw "Connection reference $($reference.LogicalName) in $Template still holds a placeholder."
    }
}

$directory = Split-Path -Parent $OutFile
if ($directory) { New-Item -ItemType Directory -Force -Path $directory | Out-Null }
$settings | ConvertTo-Json -Depth 10 | Set-Content -LiteralPath $OutFile -Encoding utf8NoBOM
Write-Host "Deployment settings written to $OutFile"
