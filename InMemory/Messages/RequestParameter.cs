using System;
using Dataverse.LeadHandover.InMemory.Faults;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Messages;

/// <summary>Reads request parameters, refusing a missing required one the way the platform refuses a malformed request.</summary>
internal static class RequestParameter
{
    public static T Required<T>(ParameterCollection parameters, string key, string messageName, TimeProvider clock)
        where T : class
    {
        if (parameters.TryGetValue(key, out var value) && value is T typed)
        {
            return typed;
        }

        // UNVERIFIED: the platform's exact code and wording for a missing or mistyped required parameter.
        throw PlatformFault.InvalidArgument(
            $"Required parameter '{key}' of type {typeof(T).Name} is missing from the {messageName} request.", clock);
    }

    public static T? Optional<T>(ParameterCollection parameters, string key)
        where T : class =>
        parameters.TryGetValue(key, out var value) ? value as T : null;

    public static ConcurrencyBehavior Concurrency(ParameterCollection parameters) =>
        parameters.TryGetValue("ConcurrencyBehavior", out var value) && value is ConcurrencyBehavior behavior
            ? behavior
            : ConcurrencyBehavior.Default;

    public static OrganizationResponse Response(OrganizationResponse response, string messageName, ParameterCollection? results = null)
    {
        response.ResponseName = messageName;
        if (results is not null)
        {
            foreach (var result in results)
            {
                response.Results[result.Key] = result.Value;
            }
        }

        return response;
    }
}
