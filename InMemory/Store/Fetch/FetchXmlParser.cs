using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Dataverse.LeadHandover.InMemory.Store.Faults;
using Dataverse.LeadHandover.InMemory.Store.Queries.Model;

namespace Dataverse.LeadHandover.InMemory.Store.Fetch;

/// <summary>
/// Reads FetchXML (Learn, FetchXML reference: fetch, entity and their children) into the engine's model,
/// so FetchExpression queries are evaluated by the same engine as QueryExpression. Text that is not XML,
/// or not a fetch with one entity, is the platform's "Invalid XML." fault with the reason appended.
/// </summary>
internal static class FetchXmlParser
{
    public static QueryModel Parse(string? fetchXml)
    {
        var fetch = ReadRoot(fetchXml);
        var entities = fetch.Elements().ToList();
        if (entities.Count != 1 || entities[0].Name.LocalName != "entity")
        {
            throw entities.FirstOrDefault(e => e.Name.LocalName != "entity") is { } stray
                ? FetchEntityReader.InvalidNode(stray)
                : PlatformFaults.MalformedFetchXml("The fetch element must contain exactly one entity element.");
        }

        var entity = entities[0];
        var content = FetchEntityReader.Read(entity);
        var aggregate = FetchValues.Flag(fetch, "aggregate");
        FetchAggregateRules.Check(aggregate, content);

        var model = new QueryModel(FetchValues.Required(entity, "name"))
        {
            Columns = content.Columns,
            Criteria = content.Criteria,
            Top = FetchValues.PositiveNumber(fetch, "top"),
            Distinct = FetchValues.Flag(fetch, "distinct"),
            Aggregate = aggregate,
            Paging = new PagingModel(
                FetchValues.PositiveNumber(fetch, "page") ?? 0,
                FetchValues.PositiveNumber(fetch, "count") ?? 0,
                FetchValues.Optional(fetch, "paging-cookie"),
                FetchValues.Flag(fetch, "returntotalrecordcount")),
        };
        model.Links.AddRange(content.Links);
        model.Orders.AddRange(content.Orders);
        return model;
    }

    private static XElement ReadRoot(string? fetchXml)
    {
        if (string.IsNullOrWhiteSpace(fetchXml))
        {
            throw PlatformFaults.MalformedFetchXml("The FetchXML is empty.");
        }

        XElement root;
        try
        {
            root = XElement.Parse(fetchXml);
        }
        catch (XmlException exception)
        {
            throw PlatformFaults.MalformedFetchXml(exception.Message);
        }

        return root.Name.LocalName == "fetch"
            ? root
            : throw PlatformFaults.MalformedFetchXml($"The root element is '{root.Name.LocalName}'; FetchXML starts with 'fetch'.");
    }
}
