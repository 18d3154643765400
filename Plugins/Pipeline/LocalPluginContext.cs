using System;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.Pipeline;

/// <summary>
/// Resolves the platform services once per execution. Organization services are created on first use
/// because most steps never call Dataverse and creating one is not free.
/// </summary>
public sealed class LocalPluginContext : ILocalPluginContext
{
    private readonly IServiceProvider _serviceProvider;
    private readonly ITracingService? _tracing;
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private long _lastTraceMilliseconds;
    private IOrganizationServiceFactory? _factory;
    private IOrganizationService? _pluginUserService;
    private IOrganizationService? _initiatingUserService;
    private IOrganizationService? _systemService;

    public LocalPluginContext(IServiceProvider serviceProvider)
    {
        _serviceProvider = serviceProvider ?? throw new ArgumentNullException(nameof(serviceProvider));
        ExecutionContext = (IPluginExecutionContext?)serviceProvider.GetService(typeof(IPluginExecutionContext))
            ?? throw new InvalidPluginExecutionException("The platform did not supply an IPluginExecutionContext; this class must run as a Dataverse plug-in.");
        _tracing = (ITracingService?)serviceProvider.GetService(typeof(ITracingService));
    }

    public IPluginExecutionContext ExecutionContext { get; }

    public DateTime OperationTime => DateTime.SpecifyKind(ExecutionContext.OperationCreatedOn, DateTimeKind.Utc);

    public IOrganizationService PluginUserService =>
        _pluginUserService ??= Factory.CreateOrganizationService(ExecutionContext.UserId);

    public IOrganizationService InitiatingUserService =>
        _initiatingUserService ??= Factory.CreateOrganizationService(ExecutionContext.InitiatingUserId);

    // A null user id asks the platform for the SYSTEM user
    // (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iorganizationservicefactory.createorganizationservice).
    public IOrganizationService SystemService =>
        _systemService ??= Factory.CreateOrganizationService(null);

    private IOrganizationServiceFactory Factory =>
        _factory ??= (IOrganizationServiceFactory?)_serviceProvider.GetService(typeof(IOrganizationServiceFactory))
            ?? throw new InvalidPluginExecutionException("The platform did not supply an IOrganizationServiceFactory.");

    public Entity GetTarget()
    {
        if (ExecutionContext.InputParameters.Contains("Target") && ExecutionContext.InputParameters["Target"] is Entity target)
        {
            return target;
        }

        throw new InvalidPluginExecutionException(string.Format(
            CultureInfo.InvariantCulture,
            "This step expects a table row as its Target, but the {0} message on {1} supplied none. Check the step registration.",
            ExecutionContext.MessageName,
            ExecutionContext.PrimaryEntityName));
    }

    public Entity GetPreImage(string alias) => GetImage(ExecutionContext.PreEntityImages, alias, "pre-image");

    public Entity GetPostImage(string alias) => GetImage(ExecutionContext.PostEntityImages, alias, "post-image");

    public void Trace(string message)
    {
        if (_tracing is null)
        {
            return;
        }

        // Elapsed and delta milliseconds on every line turn the trace log into a free profile of the step.
        var now = _elapsed.ElapsedMilliseconds;
        _tracing.Trace("[{0} ms, +{1} ms] {2}", now, now - _lastTraceMilliseconds, message);
        _lastTraceMilliseconds = now;
    }

    private Entity GetImage(EntityImageCollection images, string alias, string kind)
    {
        if (images.Contains(alias))
        {
            return images[alias];
        }

        throw new InvalidPluginExecutionException(string.Format(
            CultureInfo.InvariantCulture,
            "The step for {0} of {1} needs a {2} named '{3}', but none is registered. Ask an administrator to re-import the Lead Handover solution.",
            ExecutionContext.MessageName,
            ExecutionContext.PrimaryEntityName,
            kind,
            alias));
    }
}
