namespace Dataverse.LeadHandover.Compat.Tests.Serialization;

/// <summary>
/// A webhook body in the shape Dataverse posts for an asynchronous PostOperation Update
/// (https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks); values are made up.
/// </summary>
internal static class WebhookBodies
{
    public const string LeadUpdate = """
        {
          "BusinessUnitId": "b0000000-0000-0000-0000-000000000001",
          "CorrelationId": "c0aa0000-0000-0000-0000-000000000001",
          "Depth": 1,
          "InitiatingUserAgent": "",
          "InitiatingUserAzureActiveDirectoryObjectId": "00000000-0000-0000-0000-000000000000",
          "InitiatingUserId": "5a1e5000-0000-0000-0000-000000000001",
          "InputParameters": [
            { "key": "Target",
              "value": {
                "__type": "Entity:http:\/\/schemas.microsoft.com\/xrm\/2011\/Contracts",
                "Attributes": [
                  { "key": "subject", "value": "Fleet renewal" },
                  { "key": "leadid", "value": "1ead0000-0000-0000-0000-000000000001" },
                  { "key": "leadsourcecode",
                    "value": { "__type": "OptionSetValue:http:\/\/schemas.microsoft.com\/xrm\/2011\/Contracts", "Value": 7 } },
                  { "key": "budgetamount",
                    "value": { "__type": "Money:http:\/\/schemas.microsoft.com\/xrm\/2011\/Contracts", "Value": 125000.50 } },
                  { "key": "parentcontactid",
                    "value": { "__type": "EntityReference:http:\/\/schemas.microsoft.com\/xrm\/2011\/Contracts",
                               "Id": "c0000000-0000-0000-0000-000000000001", "KeyAttributes": [],
                               "LogicalName": "contact", "Name": null, "RowVersion": null } },
                  { "key": "lhv_handoverdue", "value": "\/Date(1722582039000)\/" },
                  { "key": "description", "value": null }
                ],
                "EntityState": null,
                "FormattedValues": [ { "key": "leadsourcecode", "value": "Partner" },
                                     { "key": "budgetamount", "value": "$125,000.50" } ],
                "Id": "1ead0000-0000-0000-0000-000000000001",
                "KeyAttributes": [],
                "LogicalName": "lead",
                "RelatedEntities": [],
                "RowVersion": "5948260"
              } }
          ],
          "IsExecutingOffline": false,
          "IsInTransaction": false,
          "IsOfflinePlayback": false,
          "IsolationMode": 1,
          "MessageName": "Update",
          "Mode": 1,
          "OperationCreatedOn": "\/Date(1722582039000+0000)\/",
          "OperationId": "0e000000-0000-0000-0000-000000000001",
          "OrganizationId": "0a000000-0000-0000-0000-000000000001",
          "OrganizationName": "unqleadhandover",
          "OutputParameters": [],
          "OwningExtension": { "Id": "57e90000-0000-0000-0000-000000000001", "KeyAttributes": [],
                               "LogicalName": "sdkmessageprocessingstep", "Name": null, "RowVersion": null },
          "ParentContext": null,
          "PostEntityImages": [
            { "key": "PostImage",
              "value": { "Attributes": [ { "key": "subject", "value": "Fleet renewal" } ], "EntityState": null,
                         "FormattedValues": [], "Id": "1ead0000-0000-0000-0000-000000000001", "KeyAttributes": [],
                         "LogicalName": "lead", "RelatedEntities": [], "RowVersion": null } }
          ],
          "PreEntityImages": [],
          "PrimaryEntityId": "1ead0000-0000-0000-0000-000000000001",
          "PrimaryEntityName": "lead",
          "RequestId": null,
          "SecondaryEntityName": "none",
          "SharedVariables": [ { "key": "IsAutoTransact", "value": true } ],
          "Stage": 40,
          "UserAzureActiveDirectoryObjectId": "00000000-0000-0000-0000-000000000000",
          "UserId": "5a1e5000-0000-0000-0000-000000000001"
        }
        """;
}
