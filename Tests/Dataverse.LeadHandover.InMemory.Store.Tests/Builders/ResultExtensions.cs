using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Tests.Builders;

/// <summary>Reads query results in the shape assertions need.</summary>
internal static class ResultExtensions
{
    /// <summary>The string values of one column, in result order.</summary>
    public static string[] Texts(this EntityCollection results, string column) =>
        results.Entities.Select(e => e.GetAttributeValue<string>(column)).ToArray();

    /// <summary>The values inside the AliasedValues of one key, in result order.</summary>
    public static object?[] Aliased(this EntityCollection results, string key) =>
        results.Entities.Select(e => e.GetAttributeValue<AliasedValue>(key)?.Value).ToArray();
}
