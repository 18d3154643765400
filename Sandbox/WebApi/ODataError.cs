using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Dataverse.LeadHandover.Sandbox.WebApi;

/// <summary>
/// An error in the Web API's shape, <c>{"error":{"code":"0x80040265","message":"…"}}</c>, with the platform's codes
/// (https://learn.microsoft.com/troubleshoot/power-platform/dataverse/dataverse-web-api-and-sdk/web-api-client-errors):
/// an unknown entity set is 404 <c>0x8006088a</c>, an unknown property 400 <c>0x0</c>, a plug-in's refusal 400 with
/// its error code and its message unchanged.
/// </summary>
internal static class ODataError
{
    public const string ObjectDoesNotExist = "0x80040217";
    public const string UnexpectedIsvError = "0x80040224";
    public const string ResourceNotFound = "0x8006088a";
    public const string QuerySyntax = "0x0";

    private static readonly JsonSerializerOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Result(int status, string code, string message) =>
        Results.Text(
            new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString(Writing),
            "application/json; odata.metadata=minimal; charset=utf-8",
            statusCode: status);

    /// <summary>A fault's error code as Dataverse writes it: eight lower-case hex digits after <c>0x</c>.</summary>
    public static string Code(int errorCode) => "0x" + errorCode.ToString("x8", CultureInfo.InvariantCulture);

    public static IResult UnknownSegment(string segment) =>
        Result(StatusCodes.Status404NotFound, ResourceNotFound, "Resource not found for the segment '" + segment + "'.");

    public static IResult UnknownProperty(string property, string table) =>
        Result(StatusCodes.Status400BadRequest, QuerySyntax, "Could not find a property named '" + property + "' on type 'Microsoft.Dynamics.CRM." + table + "'.");

    public static IResult BadRequest(string message) => Result(StatusCodes.Status400BadRequest, QuerySyntax, message);
}
