using System;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>A sales-ready lead as the plug-ins leave it: name, company, brief and completeness.</summary>
internal sealed class LeadBuilder
{
    public const string StandardBrief =
        "Tier: Hot\n"
        + "Contact: Ada Lovelace; job title Head of Analytics; email ada@analytical.example; business phone +44 20 7946 0000; mobile phone not captured\n"
        + "Company: Analytical Engines Ltd; industry Consulting; employees 250\n"
        + "Need: Must have; summary Replace spreadsheets with a forecasting engine\n"
        + "Timescale: This quarter\n"
        + "Budget: amount 120,000; status Can Buy\n"
        + "Authority: decision maker yes; purchase process Committee\n"
        + "Next steps: Demo with the finance team next week\n"
        + "Content that resonated: Forecasting whitepaper; pricing page\n"
        + "Source: Spring webinar";

    private readonly Entity lead = new(LeadSchema.EntityName, Ids.Lead)
    {
        [LeadSchema.FullName] = "Ada Lovelace",
        [LeadSchema.CompanyName] = "Analytical Engines Ltd",
        [LeadSchema.Subject] = "Forecasting engine",
        [LeadSchema.HandoverBrief] = StandardBrief,
        [LeadSchema.Completeness] = 90,
    };

    public LeadBuilder WithId(Guid id)
    {
        lead.Id = id;
        return this;
    }

    public LeadBuilder Named(string? fullName)
    {
        lead[LeadSchema.FullName] = fullName;
        return this;
    }

    public LeadBuilder WithBrief(string? brief)
    {
        lead[LeadSchema.HandoverBrief] = brief;
        return this;
    }

    public Entity Build() => lead;
}
