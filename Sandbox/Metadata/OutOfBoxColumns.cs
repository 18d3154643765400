using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.InMemory.Store;

namespace Dataverse.LeadHandover.Sandbox.Metadata;

/// <summary>
/// The columns every table has and the out-of-the-box lead columns this package uses, which the solution does not
/// carry (lead travels as a shell), with their types from the Lead table reference
/// (https://learn.microsoft.com/dynamics365/sales/developer/entities/lead).
/// </summary>
internal static class OutOfBoxColumns
{
    /// <summary>Choices whose labels come from <c>LeadChoiceLabels</c> rather than the solution's option sets.</summary>
    public const string LeadNeed = "lead.need";
    public const string LeadTimeframe = "lead.purchasetimeframe";
    public const string LeadBudgetStatus = "lead.budgetstatus";
    public const string LeadPurchaseProcess = "lead.purchaseprocess";
    public const string LeadRating = "lead.leadqualitycode";
    public const string LeadSourceCode = "lead.leadsourcecode";
    public const string LeadIndustry = "lead.industrycode";
    public const string LeadState = "lead.statecode";
    public const string LeadStatus = "lead.statuscode";
    public const string RowState = "statecode";
    public const string RowStatus = "statuscode";

    public static IReadOnlyList<ColumnInfo> Common { get; } =
    [
        new("createdon", ColumnType.DateTime, "Created on"),
        new("modifiedon", ColumnType.DateTime, "Modified on"),
        new("createdby", ColumnType.Lookup, "Created by"),
        new("modifiedby", ColumnType.Lookup, "Modified by"),
        new("ownerid", ColumnType.Owner, "Owner"),
        new("versionnumber", ColumnType.BigInt, "Version number"),
        new("statecode", ColumnType.State, "Status", RowState),
        new("statuscode", ColumnType.Status, "Status reason", RowStatus),
    ];

    public static IReadOnlyList<ColumnInfo> Lead { get; } =
    [
        new(LeadSchema.LeadId, ColumnType.UniqueIdentifier, "Lead"),
        new(LeadSchema.Subject, ColumnType.String, "Topic"),
        new(LeadSchema.FirstName, ColumnType.String, "First name"),
        new(LeadSchema.LastName, ColumnType.String, "Last name"),
        new(LeadSchema.FullName, ColumnType.String, "Name"),
        new(LeadSchema.EmailAddress1, ColumnType.String, "Email"),
        new(LeadSchema.Telephone1, ColumnType.String, "Business phone"),
        new(LeadSchema.MobilePhone, ColumnType.String, "Mobile phone"),
        new(LeadSchema.JobTitle, ColumnType.String, "Job title"),
        new(LeadSchema.CompanyName, ColumnType.String, "Company name"),
        new(LeadSchema.Address1Country, ColumnType.String, "Country/region"),
        new(LeadSchema.IndustryCode, ColumnType.Picklist, "Industry", LeadIndustry),
        new(LeadSchema.NumberOfEmployees, ColumnType.Integer, "No. of employees"),
        new(LeadSchema.Revenue, ColumnType.Money, "Annual revenue"),
        new(LeadSchema.Need, ColumnType.Picklist, "Need", LeadNeed),
        new(LeadSchema.PurchaseTimeFrame, ColumnType.Picklist, "Purchase timeframe", LeadTimeframe),
        new(LeadSchema.BudgetAmount, ColumnType.Money, "Budget amount"),
        new(LeadSchema.BudgetStatus, ColumnType.Picklist, "Budget", LeadBudgetStatus),
        new(LeadSchema.DecisionMaker, ColumnType.Boolean, "Decision maker?"),
        new(LeadSchema.PurchaseProcess, ColumnType.Picklist, "Purchase process", LeadPurchaseProcess),
        new(LeadSchema.LeadQualityCode, ColumnType.Picklist, "Rating", LeadRating),
        new(LeadSchema.LeadSourceCode, ColumnType.Picklist, "Lead source (out of the box)", LeadSourceCode),
        new(LeadSchema.CampaignId, ColumnType.Lookup, "Source campaign"),
        new(LeadSchema.Description, ColumnType.Memo, "Description"),
        new(LeadSchema.QualificationComments, ColumnType.Memo, "Qualification comments"),
        new(LeadSchema.StateCode, ColumnType.State, "Status", LeadState),
        new(LeadSchema.StatusCode, ColumnType.Status, "Status reason", LeadStatus),
    ];
}
