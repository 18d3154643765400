using System;
using System.Reflection;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>
/// Creates plug-in instances the way Dataverse does: through the (unsecure, secure) constructor when there is one,
/// else (unsecure), else the parameterless one
/// (https://learn.microsoft.com/power-apps/developer/data-platform/write-plug-in).
/// </summary>
internal static class PluginActivator
{
    public static void EnsureIsPlugin(Type pluginType, string registrationName)
    {
        ArgumentNullException.ThrowIfNull(pluginType);
        if (!typeof(IPlugin).IsAssignableFrom(pluginType) || pluginType.IsAbstract)
        {
            throw new ArgumentException(
                $"'{registrationName}': {pluginType.FullName} is not a concrete Microsoft.Xrm.Sdk.IPlugin.", nameof(pluginType));
        }
    }

    public static IPlugin Create(Type pluginType, string? unsecureConfiguration, string? secureConfiguration)
    {
        var withBoth = pluginType.GetConstructor([typeof(string), typeof(string)]);
        if (withBoth is not null)
        {
            return (IPlugin)Invoke(withBoth, [unsecureConfiguration, secureConfiguration]);
        }

        var withUnsecure = pluginType.GetConstructor([typeof(string)]);
        if (withUnsecure is not null)
        {
            return (IPlugin)Invoke(withUnsecure, [unsecureConfiguration]);
        }

        var parameterless = pluginType.GetConstructor(Type.EmptyTypes)
            ?? throw new InvalidOperationException(
                $"{pluginType.FullName} has no public constructor taking (), (string) or (string, string).");
        return (IPlugin)Invoke(parameterless, []);
    }

    private static object Invoke(ConstructorInfo constructor, object?[] arguments)
    {
        try
        {
            return constructor.Invoke(arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
