using System;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>
/// Webhook bodies in the exact shape Dataverse posts (DataContractJsonSerializer over RemoteExecutionContext:
/// members in alphabetical order, collections as key/value arrays, <c>__type</c> hints on typed values, Guids as
/// strings in object slots, dates as <c>/Date(ms)/</c> — escaped and unescaped, with and without offset), modelled
/// on Microsoft's sample in "Use webhooks" and captured payloads. Values are invented.
/// </summary>
internal static class WebhookBodies
{
    private const string Contracts = @"http:\/\/schemas.microsoft.com\/xrm\/2011\/Contracts";

    /// <summary>The async PostOperation Create of a handover, with its parent (main operation) context.</summary>
    public static string HandoverCreated(Guid organizationId, Guid handoverId, string messageName = "Create", string entityName = "lh_handover") => $$"""
        {
          "BusinessUnitId": "1a2b3c4d-0000-0000-0000-000000000001",
          "CorrelationId": "{{Ids.Correlation}}",
          "Depth": 1,
          "InitiatingUserAgent": "",
          "InitiatingUserAzureActiveDirectoryObjectId": "00000000-0000-0000-0000-000000000000",
          "InitiatingUserId": "1a2b3c4d-0000-0000-0000-000000000003",
          "InputParameters": [
            { "key": "Target",
              "value": {
                "__type": "Entity:{{Contracts}}",
                "Attributes": [
                  { "key": "lh_name", "value": "Zoë Ćwikła → Riley Seller" },
                  { "key": "lh_leadid", "value": { "__type": "EntityReference:{{Contracts}}", "Id": "{{Ids.Lead}}", "KeyAttributes": [], "LogicalName": "lead", "Name": null, "RowVersion": null } },
                  { "key": "lh_tier", "value": { "__type": "OptionSetValue:{{Contracts}}", "Value": 725100000 } },
                  { "key": "lh_dueon", "value": "\/Date(1772461800000)\/" },
                  { "key": "lh_notificationattempts", "value": 0 },
                  { "key": "lh_handoverid", "value": "{{handoverId}}" }
                ],
                "EntityState": null,
                "FormattedValues": [ { "key": "lh_tier", "value": "Hot" } ],
                "Id": "{{handoverId}}",
                "KeyAttributes": [],
                "LogicalName": "{{entityName}}",
                "RelatedEntities": [],
                "RowVersion": null
              } }
          ],
          "IsExecutingOffline": false,
          "IsInTransaction": false,
          "IsOfflinePlayback": false,
          "IsolationMode": 1,
          "MessageName": "{{messageName}}",
          "Mode": 1,
          "OperationCreatedOn": "/Date(1772443800123)/",
          "OperationId": "1a2b3c4d-0000-0000-0000-000000000004",
          "OrganizationId": "{{organizationId}}",
          "OrganizationName": "unqcontoso",
          "OutputParameters": [ { "key": "id", "value": "{{handoverId}}" } ],
          "OwningExtension": { "Id": "1a2b3c4d-0000-0000-0000-000000000006", "KeyAttributes": [], "LogicalName": "sdkmessageprocessingstep", "Name": null, "RowVersion": null },
          "ParentContext": {
            "BusinessUnitId": "1a2b3c4d-0000-0000-0000-000000000001",
            "CorrelationId": "{{Ids.Correlation}}",
            "Depth": 1,
            "InitiatingUserId": "1a2b3c4d-0000-0000-0000-000000000003",
            "InputParameters": [],
            "IsExecutingOffline": false,
            "IsInTransaction": true,
            "IsOfflinePlayback": false,
            "IsolationMode": 1,
            "MessageName": "{{messageName}}",
            "Mode": 0,
            "OperationCreatedOn": "\/Date(1772443800000+0000)\/",
            "OperationId": "1a2b3c4d-0000-0000-0000-000000000004",
            "OrganizationId": "{{organizationId}}",
            "OrganizationName": "unqcontoso",
            "OutputParameters": [],
            "OwningExtension": null,
            "ParentContext": null,
            "PostEntityImages": [],
            "PreEntityImages": [],
            "PrimaryEntityId": "{{handoverId}}",
            "PrimaryEntityName": "{{entityName}}",
            "RequestId": "1a2b3c4d-0000-0000-0000-000000000007",
            "SecondaryEntityName": "none",
            "SharedVariables": [ { "key": "IsAutoTransact", "value": true }, { "key": "x-ms-app-name", "value": "lh_LeadHandover" } ],
            "Stage": 30,
            "UserId": "1a2b3c4d-0000-0000-0000-000000000003"
          },
          "PostEntityImages": [
            { "key": "AsynchronousStepPrimaryName",
              "value": { "Attributes": [ { "key": "lh_name", "value": "Zoë Ćwikła → Riley Seller" }, { "key": "lh_handoverid", "value": "{{handoverId}}" } ],
                         "EntityState": null, "FormattedValues": [], "Id": "{{handoverId}}", "KeyAttributes": [], "LogicalName": "{{entityName}}", "RelatedEntities": [], "RowVersion": null } }
          ],
          "PreEntityImages": [],
          "PrimaryEntityId": "{{handoverId}}",
          "PrimaryEntityName": "{{entityName}}",
          "RequestId": "1a2b3c4d-0000-0000-0000-000000000007",
          "SecondaryEntityName": "none",
          "SharedVariables": [],
          "Stage": 40,
          "UserAzureActiveDirectoryObjectId": "00000000-0000-0000-0000-000000000000",
          "UserId": "1a2b3c4d-0000-0000-0000-000000000003"
        }
        """;

    /// <summary>
    /// The same call after Dataverse trimmed it for exceeding 256 KB: ParentContext, InputParameters and both image
    /// collections are gone, and the row is known only by PrimaryEntityId.
    /// </summary>
    public static string HandoverCreatedTrimmed(Guid organizationId, Guid handoverId) => $$"""
        {
          "BusinessUnitId": "1a2b3c4d-0000-0000-0000-000000000001",
          "CorrelationId": "{{Ids.Correlation}}",
          "Depth": 1,
          "InitiatingUserId": "1a2b3c4d-0000-0000-0000-000000000003",
          "IsExecutingOffline": false,
          "IsInTransaction": false,
          "IsOfflinePlayback": false,
          "IsolationMode": 1,
          "MessageName": "Create",
          "Mode": 1,
          "OperationCreatedOn": "\/Date(1772443800000)\/",
          "OperationId": "1a2b3c4d-0000-0000-0000-000000000004",
          "OrganizationId": "{{organizationId}}",
          "OrganizationName": "unqcontoso",
          "OutputParameters": [],
          "OwningExtension": { "Id": "1a2b3c4d-0000-0000-0000-000000000006", "KeyAttributes": [], "LogicalName": "sdkmessageprocessingstep", "Name": null, "RowVersion": null },
          "PrimaryEntityId": "{{handoverId}}",
          "PrimaryEntityName": "lh_handover",
          "RequestId": null,
          "SecondaryEntityName": "none",
          "SharedVariables": [],
          "Stage": 40,
          "UserId": "1a2b3c4d-0000-0000-0000-000000000003"
        }
        """;
}
