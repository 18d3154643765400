using System;
using System.Linq;
using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace Dataverse.LeadHandover.Sandbox.FunctionsHost;

/// <summary>
/// The route and methods an HTTP-triggered function answers, read from its own <see cref="HttpTriggerAttribute"/>,
/// so the sandbox serves each function exactly where Azure would (under host.json's <c>api</c> route prefix).
/// </summary>
internal sealed record HttpFunctionRoute(string Pattern, string[] Methods)
{
    /// <summary>host.json's <c>extensions.http.routePrefix</c>.</summary>
    public const string RoutePrefix = "api";

    public static HttpFunctionRoute Of(Type functionClass)
    {
        ArgumentNullException.ThrowIfNull(functionClass);
        var trigger = functionClass.GetMethods()
            .Where(method => method.GetCustomAttribute<FunctionAttribute>() is not null)
            .SelectMany(method => method.GetParameters())
            .Select(parameter => parameter.GetCustomAttribute<HttpTriggerAttribute>())
            .SingleOrDefault(attribute => attribute is not null)
            ?? throw new InvalidOperationException(functionClass.Name + " has no HTTP-triggered function.");
        var methods = (trigger.Methods ?? ["get", "post"]).Select(method => method.ToUpperInvariant()).ToArray();
        return new HttpFunctionRoute("/" + RoutePrefix + "/" + trigger.Route, methods);
    }
}
