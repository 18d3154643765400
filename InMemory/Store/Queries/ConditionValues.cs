using System.Collections;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Queries;

/// <summary>
/// The values of a condition as a flat list. A caller who passes an array as one <c>object</c> ends up
/// with the array as a single value (fact sheet §8.6 overload traps); In and Between still mean its elements.
/// </summary>
internal static class ConditionValues
{
    public static List<object?> Of(ConditionExpression condition)
    {
        var values = new List<object?>();
        foreach (var value in condition.Values)
        {
            if (value is ICollection many)
            {
                foreach (var item in many)
                {
                    values.Add(item);
                }
            }
            else
            {
                values.Add(value);
            }
        }

        return values;
    }
}
