using System;
using System.Globalization;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Faults;

/// <summary>
/// The faults the platform raises, with its error codes and wording, so callers can key on
/// <c>Detail.ErrorCode</c> exactly as they would against Dataverse.
/// Codes and generic texts: Microsoft Learn, "Web service error codes"
/// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes);
/// record-specific wording as observed in public error payloads (see each member).
/// </summary>
internal static class PlatformFaults
{
    /// <summary>ObjectDoesNotExist (0x80040217).</summary>
    public const int ObjectDoesNotExist = -2147220969;

    /// <summary>DuplicateRecord (0x80040237): Create with an id that already exists.</summary>
    public const int DuplicateRecord = -2147220937;

    /// <summary>InvalidArgument (0x80040203).</summary>
    public const int InvalidArgument = -2147220989;

    /// <summary>InvalidXml (0x80040201): the FetchXML text cannot be read as XML.</summary>
    public const int InvalidXml = -2147220991;

    /// <summary>StringLengthTooLong (0x80044331).</summary>
    public const int StringLengthTooLong = -2147204303;

    /// <summary>QueryBuilderNoEntity (0x80041102): unknown table.</summary>
    public const int QueryBuilderNoEntity = -2147217150;

    /// <summary>QueryBuilderNoAttribute (0x80041103): unknown column.</summary>
    public const int QueryBuilderNoAttribute = -2147217149;

    /// <summary>QueryBuilderByAttributeMismatch (0x8004110F).</summary>
    public const int QueryBuilderByAttributeMismatch = -2147217137;

    /// <summary>QueryBuilderByAttributeNonEmpty (0x80041110).</summary>
    public const int QueryBuilderByAttributeNonEmpty = -2147217136;

    /// <summary>QueryBuilderDeserializeInvalidLinkType (0x80041117).</summary>
    public const int QueryBuilderInvalidLinkType = -2147217129;

    /// <summary>QueryBuilderInvalidConditionOperator (0x80041120).</summary>
    public const int QueryBuilderInvalidConditionOperator = -2147217120;

    /// <summary>QueryBuilderInvalidFilterType (0x80041122).</summary>
    public const int QueryBuilderInvalidFilterType = -2147217118;

    /// <summary>QueryBuilderInvalid_Alias (0x80041109): aggregate attribute without alias.</summary>
    public const int QueryBuilderInvalidAlias = -2147217143;

    /// <summary>QueryBuilderAttribute_With_Aggregate (0x80041107).</summary>
    public const int QueryBuilderAttributeWithAggregate = -2147217145;

    /// <summary>QueryBuilderInvalidDateGrouping (0x80041135).</summary>
    public const int QueryBuilderInvalidDateGrouping = -2147217099;

    /// <summary>QueryBuilderAttributeNotAllowedForAggregateOrderBy (0x80041131).</summary>
    public const int QueryBuilderAttributeNotAllowedForAggregateOrderBy = -2147217103;

    /// <summary>QueryBuilderElementNotFound (0x80041123): a required element is missing.</summary>
    public const int QueryBuilderElementNotFound = -2147217117;

    /// <summary>QueryBuilderAttributeNotFound (0x8004111E): a required attribute is missing.</summary>
    public const int QueryBuilderAttributeNotFound = -2147217122;

    /// <summary>QueryBuilderAlias_Does_Not_Exist (0x8004110A): a condition or order names an unknown link alias.</summary>
    public const int QueryBuilderAliasDoesNotExist = -2147217142;

    /// <summary>QueryBuilderDeserializeInvalidNode (0x8004111C): an element FetchXML does not allow there.</summary>
    public const int QueryBuilderInvalidNode = -2147217124;

    /// <summary>QueryBuilderDeserializeInvalidAggregate (0x8004111A).</summary>
    public const int QueryBuilderInvalidAggregate = -2147217126;

    /// <summary>QueryBuilderDuplicateAlias (0x80041130): two links share an alias.</summary>
    public const int QueryBuilderDuplicateAlias = -2147217104;

    /// <summary>ConcurrencyVersionMismatch (0x80060882).</summary>
    public const int ConcurrencyVersionMismatch = -2147088254;

    /// <summary>ConcurrencyVersionNotProvided (0x80060883).</summary>
    public const int ConcurrencyVersionNotProvided = -2147088253;

    /// <summary>OptimisticConcurrencyNotEnabled (0x8006088D).</summary>
    public const int OptimisticConcurrencyNotEnabled = -2147088243;

    /// <summary>Wording observed in coe-starter-kit #10593 / #10737 (Retrieve, Update and Delete alike).</summary>
    public static FaultException<OrganizationServiceFault> RowNotFound(string table, Guid id) =>
        Create(ObjectDoesNotExist, Format("Entity '{0}' With Id = {1:D} Does Not Exist", table, id));

    /// <summary>Wording observed in coe-starter-kit #1334 and terraform-provider-power-platform #614.</summary>
    public static FaultException<OrganizationServiceFault> DuplicateId() =>
        Create(DuplicateRecord, "A record with matching key values already exists.");

    /// <summary>Wording observed in MscrmTools.PortalCodeEditor #15 and #20 (without the cache details suffix).</summary>
    public static FaultException<OrganizationServiceFault> UnknownTable(string table) =>
        Create(QueryBuilderNoEntity, Format("The entity with a name = '{0}' with namemapping = 'Logical' was not found in the MetadataCache.", table));

    /// <summary>Wording observed in PowerPlatform-DataverseServiceClient #299.</summary>
    public static FaultException<OrganizationServiceFault> UnknownColumn(string table, string column) =>
        Create(QueryBuilderNoAttribute, Format("'{0}' entity doesn't contain attribute with Name = '{1}' and NameMapping = 'Logical'.", table, column));

    /// <summary>Wording of the platform's TargetAttributeValidationPlugin (Sql4Cds #666); the code is InvalidArgument (UNVERIFIED).</summary>
    public static FaultException<OrganizationServiceFault> WrongValueType(string column, object value) =>
        Create(InvalidArgument, Format("Incorrect attribute value type {0}\r\nParameter name: {1}", value.GetType().FullName ?? value.GetType().Name, column));

    /// <summary>Wording observed in powerapps-tools #480 and #623.</summary>
    public static FaultException<OrganizationServiceFault> TextTooLong(string table, string column, int maxLength) =>
        Create(StringLengthTooLong, Format("A validation error occurred.  The length of the '{0}' attribute of the '{1}' entity exceeded the maximum allowed length of '{2}'.", column, table, maxLength));

    /// <summary>A lookup names a table its column does not accept.</summary>
    public static FaultException<OrganizationServiceFault> LookupTargetNotAllowed(string table, string column, string target) =>
        Create(InvalidArgument, Format("The lookup '{0}' of the '{1}' entity cannot point to an entity of type '{2}'.", column, table, target));

    /// <summary>Update without an id; wording from Learn "Update and delete table rows using the SDK for .NET".</summary>
    public static FaultException<OrganizationServiceFault> IdMissingForUpdate() =>
        Create(InvalidArgument, "Entity Id must be specified for Update");

    /// <summary>Texts from Learn "Optimistic concurrency".</summary>
    public static FaultException<OrganizationServiceFault> VersionMismatch() =>
        Create(ConcurrencyVersionMismatch, "The version of the existing record doesn't match the RowVersion property provided.");

    /// <summary>Texts from Learn "Optimistic concurrency".</summary>
    public static FaultException<OrganizationServiceFault> VersionNotProvided() =>
        Create(ConcurrencyVersionNotProvided, "The RowVersion property must be provided when the value of ConcurrencyBehavior is IfVersionMatches.");

    /// <summary>Texts from Learn "Optimistic concurrency".</summary>
    public static FaultException<OrganizationServiceFault> ConcurrencyNotEnabled(string table) =>
        Create(OptimisticConcurrencyNotEnabled, Format("Optimistic concurrency isn't enabled for entity type {0}. The IfVersionMatches value of ConcurrencyBehavior can only be used if optimistic concurrency is enabled.", table));

    /// <summary>The FetchXML cannot be parsed; the platform says "Invalid XML." (DynamicsWebApi issue #37), we add the reason.</summary>
    public static FaultException<OrganizationServiceFault> MalformedFetchXml(string reason) =>
        Create(InvalidXml, "Invalid XML. " + reason);

    /// <summary>A FetchXML or QueryBuilder rule is broken; the message is the platform's generic text plus what broke it.</summary>
    public static FaultException<OrganizationServiceFault> QueryBuilder(int errorCode, string message) =>
        Create(errorCode, message);

    /// <summary>A condition or order names a link alias the query does not have.</summary>
    public static FaultException<OrganizationServiceFault> UnknownAlias(string alias) =>
        Create(QueryBuilderAliasDoesNotExist, Format("The specified alias for the given entity in the condition does not exist. Alias: '{0}'.", alias));

    /// <summary>QueryByAttribute without attributes.</summary>
    public static FaultException<OrganizationServiceFault> QueryByAttributeEmpty() =>
        Create(QueryBuilderByAttributeNonEmpty, "QueryByAttribute must specify a non-empty attribute array.");

    /// <summary>QueryByAttribute with a different number of values than attributes.</summary>
    public static FaultException<OrganizationServiceFault> QueryByAttributeMismatch() =>
        Create(QueryBuilderByAttributeMismatch, "QueryByAttribute must specify a non-empty value array with the same number of elements as in the attributes array.");

    /// <summary>An N:N association that already exists; the platform reports the intersect row's duplicate key.</summary>
    public static FaultException<OrganizationServiceFault> DuplicateAssociation() =>
        Create(DuplicateRecord, "Cannot insert duplicate key.");

    private static FaultException<OrganizationServiceFault> Create(int errorCode, string message)
    {
        var fault = new OrganizationServiceFault { ErrorCode = errorCode, Message = message };
        return new FaultException<OrganizationServiceFault>(fault, new FaultReason(message));
    }

    private static string Format(string format, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, format, args);
}
