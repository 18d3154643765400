using System;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Acknowledgement;
using Dataverse.LeadHandover.Functions.Health;
using Dataverse.LeadHandover.Functions.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dataverse.LeadHandover.Sandbox.FunctionsHost;

/// <summary>
/// Serves the Functions app's HTTP functions from the sandbox's own web server, on the routes their triggers
/// declare: each request gets a fresh function instance from DI (as the isolated worker creates one per
/// invocation), and the <see cref="IActionResult"/> it returns is executed as ASP.NET Core integration would.
/// </summary>
internal static class FunctionEndpoints
{
    public static IServiceCollection AddFunctionClasses(this IServiceCollection services)
    {
        services.AddTransient<HandoverCreatedWebhook>();
        services.AddTransient<AcknowledgeHandoverPage>();
        services.AddTransient<RejectHandoverPage>();
        services.AddTransient<HealthCheck>();
        services.AddTransient<Functions.Notifications.SendHandoverNotification>();
        services.AddTransient<Functions.Timers.SlaSweep>();
        services.AddTransient<Functions.Timers.FollowUpCadence>();

        // The executors of ContentResult and ObjectResult, which the functions return.
        services.AddMvcCore();
        return services;
    }

    public static IEndpointRouteBuilder MapFunctions(this IEndpointRouteBuilder endpoints)
    {
        Map<HandoverCreatedWebhook>(endpoints, (function, request, cancellationToken) => function.RunAsync(request, cancellationToken));
        Map<AcknowledgeHandoverPage>(endpoints, (function, request, cancellationToken) => function.RunAsync(request, cancellationToken));
        Map<RejectHandoverPage>(endpoints, (function, request, cancellationToken) => function.RunAsync(request, cancellationToken));
        Map<HealthCheck>(endpoints, (function, request, cancellationToken) => function.RunAsync(request, cancellationToken));
        return endpoints;
    }

    private static void Map<TFunction>(IEndpointRouteBuilder endpoints, Func<TFunction, HttpRequest, CancellationToken, Task<IActionResult>> run)
        where TFunction : notnull
    {
        var route = HttpFunctionRoute.Of(typeof(TFunction));
        endpoints.MapMethods(route.Pattern, route.Methods, async (HttpContext context) =>
        {
            var function = context.RequestServices.GetRequiredService<TFunction>();
            var result = await run(function, context.Request, context.RequestAborted);
            await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
        }).WithName(typeof(TFunction).Name);
    }
}
