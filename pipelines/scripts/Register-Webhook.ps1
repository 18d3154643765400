<#
.SYNOPSIS
    After the solution is imported: points the solution's webhook (service endpoint) at this environment's Functions
    app, gives it the shared key, and registers the webhook step on Create of lh_handover.

.DESCRIPTION
    Import cannot carry either: a service endpoint's key is write-only and never exported, its URL is the
    placeholder in Solution/src/PluginAssemblies/ServiceEndpoints.xml, and the webhook step is not in the solution
    (Solution/README.md, "After import: the webhook"). Inputs:
      Solution/postdeployment/serviceendpoints.<env>.json   endpoint id and the webhook's path on the Functions app
      Solution/postdeployment/webhook-steps.json            the step, in sdkmessageprocessingstep terms
    The key is read from Key Vault with the signed-in Azure CLI and sent as an HTTP header (authtype 5), which is how
    the Functions app authenticates the call (Webhook__KeyHeaderName / Webhook__SharedKey). It is never printed.

    Dataverse is called with the Power Platform service principal the import used, from the environment:
      LH_PP_TENANT_ID, LH_PP_APP_ID, LH_PP_CLIENT_SECRET.
    Running it again updates the endpoint and the step in place.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $EnvironmentUrl,
    [Parameter(Mandatory)] [string] $FunctionAppBaseUrl,
    [Parameter(Mandatory)] [string] $KeyVaultName,
    [Parameter(Mandatory)] [string] $WebhookKeySecretName,
    [Parameter(Mandatory)] [string] $KeyHeaderName,
    [Parameter(Mandatory)] [string] $ServiceEndpointsFile,
    [string] $WebhookStepsFile = 'Solution/postdeployment/webhook-steps.json'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# HttpHeader: Dataverse sends each <setting> as a request header (fact sheet D.2).
$AuthTypeHttpHeader = 5

function Get-RequiredSetting([string] $Name) {
    $value = [Environment]::GetEnvironmentVariable($Name)
    if ([string]::IsNullOrWhiteSpace($value)) { throw "$Name is not set." }
    return $value
}

function Get-DataverseToken {
    $tenant = Get-RequiredSetting 'LH_PP_TENANT_ID'
    $body = @{
        client_id     = Get-RequiredSetting 'LH_PP_APP_ID'
        client_secret = Get-RequiredSetting 'LH_PP_CLIENT_SECRET'
        grant_type    = 'client_credentials'
        scope         = "$($EnvironmentUrl.TrimEnd('/'))/.default"
    }
    $response = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenant/oauth2/v2.0/token" -Body $body
    return $response.access_token
}

function Invoke-Dataverse([string] $Method, [string] $Path, $Body) {
    $parameters = @{
        Method  = $Method
        Uri     = "$api/$Path"
        Headers = $headers
    }
    if ($null -ne $Body) {
        $parameters.Body = ($Body | ConvertTo-Json -Depth 5 -Compress)
        $parameters.ContentType = 'application/json; charset=utf-8'
    }
    return Invoke-RestMethod @parameters
}

$endpoint = (Get-Content -LiteralPath $ServiceEndpointsFile -Raw | ConvertFrom-Json).ServiceEndpoints | Select-Object -First 1
if ($endpoint.Url -notmatch '^https://[^/]+(?<path>/[^?#]*)$') {
    throw "$ServiceEndpointsFile has no webhook path in Url '$($endpoint.Url)'."
}
$webhookUrl = "$($FunctionAppBaseUrl.TrimEnd('/'))$($Matches.path)"

$key = az keyvault secret show --vault-name $KeyVaultName --name $WebhookKeySecretName --query value --output tsv
if ($LASTEXITCODE -ne 0 -or [string]::IsNullOrWhiteSpace($key)) {
    throw "Cannot read secret $WebhookKeySecretName from $KeyVaultName."
}
$authValue = '<settings><setting name="{0}" value="{1}" /></settings>' -f `
    [System.Security.SecurityElement]::Escape($KeyHeaderName), [System.Security.SecurityElement]::Escape($key.Trim())

$api = "$($EnvironmentUrl.TrimEnd('/'))/api/data/v9.2"
$headers = @{
    Authorization      = "Bearer $(Get-DataverseToken)"
    'OData-MaxVersion' = '4.0'
    'OData-Version'    = '4.0'
    Accept             = 'application/json'
}

Invoke-Dataverse 'PATCH' "serviceendpoints($($endpoint.ServiceEndpointId))" @{
    url       = $webhookUrl
    authtype  = $AuthTypeHttpHeader
    authvalue = $authValue
} | Out-Null
Write-Host "Service endpoint $($endpoint.Name) now calls $webhookUrl with the key header $KeyHeaderName."

foreach ($step in (Get-Content -LiteralPath $WebhookStepsFile -Raw | ConvertFrom-Json).Steps) {
    $message = (Invoke-Dataverse 'GET' "sdkmessages?`$select=sdkmessageid&`$filter=name eq '$($step.Message)'" $null).value | Select-Object -First 1
    $filter = (Invoke-Dataverse 'GET' ("sdkmessagefilters?`$select=sdkmessagefilterid&`$filter=primaryobjecttypecode eq '$($step.PrimaryEntity)'" +
            " and _sdkmessageid_value eq $($message.sdkmessageid)") $null).value | Select-Object -First 1
    if ($null -eq $message -or $null -eq $filter) {
        throw "No message filter for $($step.Message) of $($step.PrimaryEntity): is the solution imported?"
    }

    $fields = @{
        name                 = $step.Name
        description          = $step.Description
        mode                 = $step.Mode
        rank                 = $step.Rank
        asyncautodelete      = $step.AsyncAutoDelete
        filteringattributes  = $step.FilteringAttributes
    }
    $existing = (Invoke-Dataverse 'GET' "sdkmessageprocessingsteps?`$select=sdkmessageprocessingstepid&`$filter=sdkmessageprocessingstepid eq $($step.SdkMessageProcessingStepId)" $null).value
    if (@($existing).Count -gt 0) {
        Invoke-Dataverse 'PATCH' "sdkmessageprocessingsteps($($step.SdkMessageProcessingStepId))" $fields | Out-Null
        Write-Host "Webhook step '$($step.Name)' updated."
        continue
    }

    $fields.sdkmessageprocessingstepid = $step.SdkMessageProcessingStepId
    $fields.stage = $step.Stage
    $fields.supporteddeployment = $step.SupportedDeployment
    $fields.'eventhandler_serviceendpoint@odata.bind' = "/serviceendpoints($($step.ServiceEndpointId))"
    $fields.'sdkmessageid@odata.bind' = "/sdkmessages($($message.sdkmessageid))"
    $fields.'sdkmessagefilterid@odata.bind' = "/sdkmessagefilters($($filter.sdkmessagefilterid))"
    Invoke-Dataverse 'POST' 'sdkmessageprocessingsteps' $fields | Out-Null
    Write-Host "Webhook step '$($step.Name)' registered."
}
