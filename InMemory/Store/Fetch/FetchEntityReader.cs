using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Dataverse.LeadHandover.InMemory.Store.Faults;
using Dataverse.LeadHandover.InMemory.Store.Queries.Model;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Fetch;

/// <summary>
/// Reads the children of <c>entity</c> and <c>link-entity</c> (Learn, FetchXML reference: attribute,
/// all-attributes, order, filter, link-entity). Several filters under one element are ANDed. Any other
/// element is the platform's QueryBuilderDeserializeInvalidNode fault.
/// </summary>
internal static class FetchEntityReader
{
    public static EntityContent Read(XElement element)
    {
        var columns = new SelectedColumns { All = element.Elements("all-attributes").Any() };
        FilterExpression? criteria = null;
        var links = new List<LinkModel>();
        var orders = new List<OrderModel>();
        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "attribute":
                    columns.Items.Add(FetchAttributeReader.Read(child));
                    break;
                case "all-attributes" or "no-attrs":
                    break;
                case "order":
                    orders.Add(ReadOrder(child));
                    break;
                case "filter":
                    criteria = And(criteria, FetchFilterReader.Read(child));
                    break;
                case "link-entity":
                    links.Add(ReadLink(child));
                    break;
                default:
                    throw InvalidNode(child);
            }
        }

        return new EntityContent(columns, criteria, links, orders);
    }

    public static Exception InvalidNode(XElement element) =>
        PlatformFaults.QueryBuilder(PlatformFaults.QueryBuilderInvalidNode,
            $"The element node encountered is invalid: '{element.Name.LocalName}' is not allowed inside '{element.Parent?.Name.LocalName}'.");

    private static LinkModel ReadLink(XElement element)
    {
        var table = FetchValues.Required(element, "name");
        var linkedColumn = FetchValues.Required(element, "from");
        var parentColumn = FetchValues.Required(element, "to");
        var content = Read(element);
        var link = new LinkModel(table, parentColumn, linkedColumn, JoinOf(FetchValues.Optional(element, "link-type") ?? "inner"))
        {
            Alias = FetchValues.Optional(element, "alias"),
            Columns = content.Columns,
            Criteria = content.Criteria,
        };
        link.Links.AddRange(content.Links);
        link.Orders.AddRange(content.Orders);
        return link;
    }

    private static OrderModel ReadOrder(XElement element) =>
        new(FetchValues.Optional(element, "attribute"), FetchValues.Flag(element, "descending"))
        {
            Alias = FetchValues.Optional(element, "alias"),
            EntityAlias = FetchValues.Optional(element, "entityname"),
        };

    private static JoinOperator JoinOf(string linkType) => linkType switch
    {
        "inner" => JoinOperator.Inner,
        "outer" => JoinOperator.LeftOuter,
        "natural" => JoinOperator.Natural,
        "in" => JoinOperator.In,
        "exists" => JoinOperator.Exists,
        "any" => JoinOperator.Any,
        "not any" => JoinOperator.NotAny,
        "all" => JoinOperator.All,
        "not all" => JoinOperator.NotAll,
        "matchfirstrowusingcrossapply" => JoinOperator.MatchFirstRowUsingCrossApply,
        _ => throw PlatformFaults.QueryBuilder(PlatformFaults.QueryBuilderInvalidLinkType,
            $"'{linkType}' is not a link-type. The only valid values for link-type attribute are 'natural', 'inner','in','exists','matchfirstrowusingcrossapply' and 'outer'."),
    };

    private static FilterExpression And(FilterExpression? existing, FilterExpression added)
    {
        if (existing is null)
        {
            return added;
        }

        var both = new FilterExpression(LogicalOperator.And);
        both.AddFilter(existing);
        both.AddFilter(added);
        return both;
    }
}
