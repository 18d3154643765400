using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Domain.Qualification;

/// <summary>
/// The policy name (as written in the handover policy JSON) and the display name (as a sales
/// rep reads it) of every <see cref="QualificationItem"/>.
/// </summary>
public static class QualificationItemVocabulary
{
    public const int Count = 12;

    private static readonly string[] PolicyNames =
    {
        "contact.name",
        "contact.emailOrPhone",
        "contact.jobTitle",
        "company.name",
        "company.industry",
        "company.size",
        "need",
        "timeframe",
        "budget",
        "authority",
        "nextSteps",
        "engagedContent",
    };

    private static readonly string[] DisplayNames =
    {
        "Contact name (first and last)",
        "Email or phone",
        "Job title",
        "Company name",
        "Industry",
        "Company size (number of employees)",
        "Need",
        "Purchase timeframe",
        "Budget (amount or budget status)",
        "Authority (decision maker, or how the purchase is decided)",
        "Agreed next steps",
        "Content that resonated",
    };

    private static readonly QualificationItem[] Items = (QualificationItem[])Enum.GetValues(typeof(QualificationItem));

    /// <summary>Every item, in listing order.</summary>
    public static IReadOnlyList<QualificationItem> All => Items;

    /// <summary>Every valid policy name, in listing order.</summary>
    public static IReadOnlyList<string> AllPolicyNames => PolicyNames;

    public static string PolicyName(QualificationItem item) => PolicyNames[(int)item];

    public static string DisplayName(QualificationItem item) => DisplayNames[(int)item];

    /// <summary>Exact (case-sensitive) lookup of a policy name, so the policy text means one thing only.</summary>
    public static bool TryParse(string policyName, out QualificationItem item)
    {
        for (var i = 0; i < PolicyNames.Length; i++)
        {
            if (string.Equals(PolicyNames[i], policyName, StringComparison.Ordinal))
            {
                item = (QualificationItem)i;
                return true;
            }
        }

        item = default;
        return false;
    }
}
