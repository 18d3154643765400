using System;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;

namespace Dataverse.LeadHandover.Sandbox.Tests.Support;

/// <summary>A lead as a Dataverse Web API client posts it: logical names, choice numbers, lookups by <c>@odata.bind</c>.</summary>
internal sealed class LeadBody
{
    private readonly JsonObject json = [];

    private LeadBody(string first, string last, string company)
    {
        json["firstname"] = first;
        json["lastname"] = last;
        json["companyname"] = company;
    }

    public static LeadBody Named(string first, string last, string company) => new(first, last, company);

    /// <summary>Binds the lead source the way Dataverse names the navigation property (the lookup's schema name).</summary>
    public LeadBody FromSource(Guid sourceId) => With("lh_LeadSourceId@odata.bind", "/lh_leadsources(" + sourceId.ToString("D") + ")");

    /// <summary>Everything the default policy's Hot tier asks for (Rating 1 = Hot).</summary>
    public LeadBody QualifiedHot() => With("emailaddress1", "buyer@" + ((string)json["companyname"]!).Split(' ')[0].ToLowerInvariant() + ".example")
        .With("telephone1", "+44 20 7946 0999")
        .With("jobtitle", "Head of Operations")
        .With("industrycode", 12)
        .With("numberofemployees", 850)
        .With("need", 0)
        .With("lh_needsummary", "Replace spreadsheets for scheduling")
        .With("purchasetimeframe", 1)
        .With("budgetamount", 120000m)
        .With("budgetstatus", 2)
        .With("decisionmaker", true)
        .With("lh_nextsteps", "Demo with the COO on Thursday")
        .With("lh_engagedcontent", "Whitepaper: scheduling without spreadsheets")
        .With("leadqualitycode", 1);

    public LeadBody SalesReady() => With("lh_salesready", true);

    public LeadBody With(string property, JsonNode? value)
    {
        json[property] = value;
        return this;
    }

    public StringContent ToContent() => new(json.ToJsonString(), Encoding.UTF8, "application/json");
}
