using System.Xml.Linq;
using Dataverse.LeadHandover.InMemory.Store.Faults;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Fetch;

/// <summary>
/// Reads <c>filter</c> and <c>condition</c> elements (Learn, FetchXML reference: filter, condition, value):
/// nested and/or filters; a condition's single value in <c>value</c>, several in <c>&lt;value&gt;</c> children;
/// <c>entityname</c> for a link's column; <c>valueof</c> to compare with another column.
/// </summary>
internal static class FetchFilterReader
{
    public static FilterExpression Read(XElement filter)
    {
        var type = FetchValues.Optional(filter, "type") ?? "and";
        var result = new FilterExpression(type switch
        {
            "and" => LogicalOperator.And,
            "or" => LogicalOperator.Or,
            _ => throw PlatformFaults.QueryBuilder(PlatformFaults.QueryBuilderInvalidFilterType,
                $"Unsupported filter type '{type}'. Valid values are 'and', or 'or'."),
        });

        foreach (var child in filter.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "condition":
                    result.AddCondition(ReadCondition(child));
                    break;
                case "filter":
                    result.AddFilter(Read(child));
                    break;
                default:
                    throw FetchEntityReader.InvalidNode(child);
            }
        }

        return result;
    }

    private static ConditionExpression ReadCondition(XElement element)
    {
        var condition = new ConditionExpression
        {
            AttributeName = FetchValues.Required(element, "attribute"),
            Operator = FetchOperators.Parse(FetchValues.Required(element, "operator")),
        };
        if (FetchValues.Optional(element, "entityname") is { } entityName)
        {
            condition.EntityName = entityName;
        }

        if (FetchValues.Optional(element, "valueof") is { } otherColumn)
        {
            condition.CompareColumns = true;
            condition.Values.Add(otherColumn);
            return condition;
        }

        foreach (var value in element.Elements())
        {
            if (value.Name.LocalName != "value")
            {
                throw FetchEntityReader.InvalidNode(value);
            }

            condition.Values.Add(value.Value);
        }

        if (condition.Values.Count == 0 && element.Attribute("value") is { } single)
        {
            condition.Values.Add(single.Value);
        }

        return condition;
    }
}
