using System;
using System.IO;
using System.Linq;
using System.ServiceModel;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;
using Dataverse.LeadHandover.InMemory.Store;
using Dataverse.LeadHandover.Sandbox.Metadata;
using Dataverse.LeadHandover.Sandbox.Organization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Sandbox.WebApi;

/// <summary>
/// A Dataverse Web API subset at <c>/api/data/v9.2</c>, enough for an existing Dataverse client to push leads into
/// the sandbox unchanged: create (POST, <c>@odata.bind</c> lookups, <c>OData-EntityId</c>, <c>Prefer:
/// return=representation</c>), update (PATCH) and read of leads; read of every solution table, the handover ledger
/// (<c>lh_handovers</c>) among them. Calls run as the sandbox's API client user, or as the user in the
/// <c>MSCRMCallerID</c> header, and go through the real plug-ins: a refusal comes back as Dataverse words it.
/// </summary>
internal static class WebApiEndpoints
{
    public const string Root = "/api/data/v9.2";

    private const string Json = "application/json; odata.metadata=minimal; charset=utf-8";
    private static readonly string[] WritableSets = ["leads"];

    // Quotes and non-ASCII text stay as they are, as the Web API writes them; this is JSON for clients, never HTML.
    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEndpointRouteBuilder MapDataverseWebApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Root, ServiceDocument);
        endpoints.MapGet(Root + "/{*path}", (HttpContext context, string path) => Handle(context, path, Read));
        endpoints.MapPost(Root + "/{*path}", (HttpContext context, string path) => Handle(context, path, CreateAsync));
        endpoints.MapMethods(Root + "/{*path}", ["PATCH"], (HttpContext context, string path) => Handle(context, path, UpdateAsync));
        return endpoints;
    }

    private static IResult ServiceDocument(HttpContext context, SolutionMetadata metadata, SandboxOrganization organization)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Writing))
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", Base(context) + "$metadata");
            writer.WriteStartArray("value");
            foreach (var (set, _) in metadata.EntitySets.Where(pair => organization.Dataverse.Store.TryGetTable(pair.Value, out _)).OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("name", set);
                writer.WriteString("kind", "EntitySet");
                writer.WriteString("url", set);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return JsonBody(buffer, StatusCodes.Status200OK);
    }

    private static async Task<IResult> Handle(HttpContext context, string path, Func<HttpContext, ResolvedPath, Task<IResult>> action)
    {
        context.Response.Headers["OData-Version"] = "4.0";
        var metadata = context.RequestServices.GetService(typeof(SolutionMetadata)) as SolutionMetadata ?? throw new InvalidOperationException("No metadata.");
        var organization = (SandboxOrganization)context.RequestServices.GetService(typeof(SandboxOrganization))!;
        var parsed = EntitySetPath.Parse(path);
        if (parsed is null || path.Contains('/', StringComparison.Ordinal))
        {
            return ODataError.UnknownSegment(path);
        }

        if (!metadata.EntitySets.TryGetValue(parsed.EntitySet, out var table) || !organization.Dataverse.Store.TryGetTable(table, out var definition))
        {
            return ODataError.UnknownSegment(parsed.EntitySet);
        }

        try
        {
            return await action(context, new ResolvedPath(parsed.EntitySet, table, definition.PrimaryIdAttribute, parsed.Id, metadata, Caller(context, organization)));
        }
        catch (ODataException refused)
        {
            return refused.ToResult();
        }
        catch (JsonException malformed)
        {
            return ODataError.BadRequest("The request body is not valid JSON: " + malformed.Message);
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            return ODataError.Result(StatusOf(fault.Detail.ErrorCode), ODataError.Code(fault.Detail.ErrorCode), fault.Detail.Message);
        }
    }

    private static Task<IResult> Read(HttpContext context, ResolvedPath path)
    {
        var query = ODataQuery.Read(context.Request.Query, path.Table, path.Metadata);
        var columns = query.Select is null ? new ColumnSet(true) : new ColumnSet(query.Select.Select(column => column.LogicalName).ToArray());
        var annotations = WantsAnnotations(context.Request);
        if (path.Id is Guid id)
        {
            var row = path.Service.Retrieve(path.Table, id, columns);
            return Task.FromResult(RowResult(context, path, row, query, annotations, StatusCodes.Status200OK));
        }

        var expression = new QueryExpression(path.Table) { ColumnSet = columns, TopCount = query.Top };
        if (query.Filter is not null)
        {
            expression.Criteria = query.Filter;
        }

        foreach (var (column, order) in query.OrderBy)
        {
            expression.AddOrder(column, order);
        }

        var rows = path.Service.RetrieveMultiple(expression).Entities;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Writing))
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", Context(context, path, query));
            writer.WriteStartArray("value");
            foreach (var row in rows)
            {
                ODataRow.Write(writer, row, path.PrimaryId, query.Select, path.Metadata, annotations);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Task.FromResult(JsonBody(buffer, StatusCodes.Status200OK));
    }

    private static async Task<IResult> CreateAsync(HttpContext context, ResolvedPath path)
    {
        if (path.Id is not null || !WritableSets.Contains(path.EntitySet, StringComparer.Ordinal))
        {
            return NotWritable(path);
        }

        var entity = ODataBody.Read(await ReadBodyAsync(context), path.Table, path.Metadata);
        var id = path.Service.Create(entity);
        var location = Base(context) + path.EntitySet + "(" + id.ToString("D") + ")";
        context.Response.Headers["OData-EntityId"] = location;
        if (!ReturnsRepresentation(context.Request))
        {
            return Results.NoContent();
        }

        context.Response.Headers["Preference-Applied"] = "return=representation";
        var row = path.Service.Retrieve(path.Table, id, new ColumnSet(true));
        return RowResult(context, path, row, new ODataQuery(null, null, [], null), WantsAnnotations(context.Request), StatusCodes.Status201Created);
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, ResolvedPath path)
    {
        if (path.Id is not Guid id || !WritableSets.Contains(path.EntitySet, StringComparer.Ordinal))
        {
            return NotWritable(path);
        }

        var entity = ODataBody.Read(await ReadBodyAsync(context), path.Table, path.Metadata, id);
        if (path.Service.RetrieveMultiple(ExistsQuery(path.Table, path.PrimaryId, id)).Entities.Count == 0)
        {
            // PATCH is an upsert in the Web API unless the caller sends If-Match.
            if (context.Request.Headers.IfMatch.Count > 0)
            {
                return ODataError.Result(StatusCodes.Status404NotFound, ODataError.ObjectDoesNotExist, path.Table + " With Id = " + id + " Does Not Exist");
            }

            path.Service.Create(entity);
        }
        else
        {
            path.Service.Update(entity);
        }

        context.Response.Headers["OData-EntityId"] = Base(context) + path.EntitySet + "(" + id.ToString("D") + ")";
        return Results.NoContent();
    }

    private static IResult RowResult(HttpContext context, ResolvedPath path, Entity row, ODataQuery query, bool annotations, int status)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Writing))
        {
            // The context URL goes first, as the Web API writes it; the row's own properties follow.
            using var rowJson = new MemoryStream();
            using (var rowWriter = new Utf8JsonWriter(rowJson, Writing))
            {
                ODataRow.Write(rowWriter, row, path.PrimaryId, query.Select, path.Metadata, annotations);
            }

            using var document = JsonDocument.Parse(rowJson.ToArray());
            writer.WriteStartObject();
            writer.WriteString("@odata.context", Context(context, path, query) + "/$entity");
            foreach (var property in document.RootElement.EnumerateObject())
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return JsonBody(buffer, status);
    }

    private static IResult JsonBody(MemoryStream buffer, int status) =>
        Results.Text(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), Json, Encoding.UTF8, status);

    private static QueryExpression ExistsQuery(string table, string primaryId, Guid id)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(false), TopCount = 1 };
        query.Criteria.AddCondition(primaryId, ConditionOperator.Equal, id);
        return query;
    }

    private static IResult NotWritable(ResolvedPath path) => ODataError.Result(
        StatusCodes.Status405MethodNotAllowed,
        ODataError.QuerySyntax,
        "The sandbox's Web API subset writes leads only (POST /leads, PATCH /leads(<id>)); '" + path.EntitySet + "' is read-only here.");

    private static async Task<JsonElement> ReadBodyAsync(HttpContext context)
    {
        using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        return document.RootElement.Clone();
    }

    private static IOrganizationService Caller(HttpContext context, SandboxOrganization organization)
    {
        var header = context.Request.Headers["MSCRMCallerID"].ToString();
        if (header.Length == 0)
        {
            return organization.ApiClient;
        }

        return Guid.TryParse(header, out var userId) && organization.Dataverse.Store.Snapshot("systemuser", userId) is not null
            ? organization.Dataverse.ServiceFor(userId)
            : throw new ODataException("MSCRMCallerID names no user of this organization: '" + header + "'.");
    }

    private static int StatusOf(int errorCode) => ODataError.Code(errorCode) switch
    {
        ODataError.ObjectDoesNotExist => StatusCodes.Status404NotFound,
        ODataError.UnexpectedIsvError => StatusCodes.Status500InternalServerError,
        _ => StatusCodes.Status400BadRequest,
    };

    private static bool ReturnsRepresentation(HttpRequest request) =>
        request.Headers["Prefer"].Any(value => value?.Contains("return=representation", StringComparison.OrdinalIgnoreCase) == true);

    private static bool WantsAnnotations(HttpRequest request) =>
        request.Headers["Prefer"].Any(value => value?.Contains("odata.include-annotations", StringComparison.OrdinalIgnoreCase) == true);

    private static string Base(HttpContext context) =>
        context.Request.Scheme + "://" + context.Request.Host + Root + "/";

    private static string Context(HttpContext context, ResolvedPath path, ODataQuery query) =>
        Base(context) + "$metadata#" + path.EntitySet + (query.Select is null ? string.Empty : "(" + string.Join(",", query.Select.Select(PropertyName)) + ")");

    private static string PropertyName(ColumnInfo column) =>
        column.Type is ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer ? "_" + column.LogicalName + "_value" : column.LogicalName;

    private sealed record ResolvedPath(string EntitySet, string Table, string PrimaryId, Guid? Id, SolutionMetadata Metadata, IOrganizationService Service);
}
