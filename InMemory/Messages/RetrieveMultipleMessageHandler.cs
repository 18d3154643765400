using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Dataverse.LeadHandover.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Messages;

/// <summary>
/// RetrieveMultiple: plug-ins see the query as <c>InputParameters["Query"]</c> and the rows as
/// <c>OutputParameters["BusinessEntityCollection"]</c>; the response carries them as <c>EntityCollection</c>.
/// </summary>
internal sealed class RetrieveMultipleMessageHandler(InMemoryDataverse dataverse) : IMessageHandler
{
    public string MessageName => "RetrieveMultiple";

    public OrganizationResponse Handle(OrganizationRequest request, ExecutionOrigin origin)
    {
        var inputs = DetachedCopy.Of(request.Parameters);
        var query = RequestParameter.Required<QueryBase>(inputs, "Query", MessageName, dataverse.Clock);
        var main = dataverse.Pipeline.Run(
            new MessageOperation
            {
                MessageName = MessageName,
                PrimaryEntityName = TableOf(query),
                RequestId = request.RequestId,
                InputParameters = inputs,
                MainOperation = context =>
                {
                    var current = RequestParameter.Required<QueryBase>(context.InputParameters, "Query", MessageName, dataverse.Clock);
                    context.OutputParameters["BusinessEntityCollection"] = dataverse.Store.RetrieveMultiple(current, context.UserId);
                    return context.PrimaryEntityId;
                },
            },
            origin);
        var response = RequestParameter.Response(new RetrieveMultipleResponse(), MessageName);
        response.Results["EntityCollection"] = main.OutputParameters["BusinessEntityCollection"];
        return response;
    }

    private static string TableOf(QueryBase query) => query switch
    {
        QueryExpression expression => expression.EntityName ?? "none",
        QueryByAttribute byAttribute => byAttribute.EntityName ?? "none",
        FetchExpression fetch => TableOf(fetch.Query),
        _ => "none",
    };

    private static string TableOf(string? fetchXml)
    {
        try
        {
            var entity = XDocument.Parse(fetchXml ?? string.Empty).Root?.Elements("entity").FirstOrDefault();
            return entity?.Attribute("name")?.Value ?? "none";
        }
        catch (XmlException)
        {
            // The Store reports malformed FetchXML with the platform's fault; the pipeline only needs a table name.
            return "none";
        }
    }
}
