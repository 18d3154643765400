using System;
using Dataverse.LeadHandover.InMemory.Faults;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Messages;

/// <summary>
/// Refuses a custom API call whose required parameter is missing or whose parameter has the wrong type, before any
/// plug-in runs. UNVERIFIED: the platform's exact code and wording for both.
/// </summary>
internal static class CustomApiParameterCheck
{
    public static void Validate(CustomApiDefinition api, ParameterCollection parameters, TimeProvider clock)
    {
        foreach (var parameter in api.RequestParameters)
        {
            if (!parameters.TryGetValue(parameter.UniqueName, out var value) || value is null)
            {
                if (parameter.IsOptional)
                {
                    continue;
                }

                throw PlatformFault.InvalidArgument(
                    $"The required parameter '{parameter.UniqueName}' of the custom API '{api.UniqueName}' is missing.", clock);
            }

            if (!HasType(value, parameter.Type))
            {
                throw PlatformFault.InvalidArgument(
                    $"The parameter '{parameter.UniqueName}' of the custom API '{api.UniqueName}' must be of type {parameter.Type}, not {value.GetType().Name}.",
                    clock);
            }
        }
    }

    private static bool HasType(object value, CustomApiParameterType type) => type switch
    {
        CustomApiParameterType.Boolean => value is bool,
        CustomApiParameterType.DateTime => value is DateTime,
        CustomApiParameterType.Decimal => value is decimal,
        CustomApiParameterType.Entity => value is Entity,
        CustomApiParameterType.EntityCollection => value is EntityCollection,
        CustomApiParameterType.EntityReference => value is EntityReference,
        CustomApiParameterType.Float => value is double,
        CustomApiParameterType.Integer => value is int,
        CustomApiParameterType.Money => value is Money,
        CustomApiParameterType.Picklist => value is OptionSetValue,
        CustomApiParameterType.String => value is string,
        CustomApiParameterType.StringArray => value is string[],
        CustomApiParameterType.Guid => value is Guid,
        _ => false,
    };
}
