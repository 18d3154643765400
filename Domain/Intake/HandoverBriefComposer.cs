using System;
using System.Globalization;
using System.Text;

namespace Dataverse.LeadHandover.Domain.Intake;

/// <summary>
/// Writes the handover brief: everything captured about the lead, one line per heading, so the
/// rep has the full picture before the first call ("hand over ALL information captured").
/// Choices are shown by label; anything not captured says so, rather than being left out, so the
/// rep knows what to ask. The text fits the brief column (4,000 characters); if it would not, it
/// is cut and the cut is marked.
/// </summary>
public static class HandoverBriefComposer
{
    public const int MaxLength = 4000;

    public const string NotCaptured = "not captured";

    public const string TruncationMarker = " … [brief truncated]";

    // One builder per thread, reused: the brief is composed for every lead saved, and a fresh
    // builder per call would be most of the plug-in's allocation. It holds no data between calls.
    [ThreadStatic]
    private static StringBuilder? cachedBuilder;

    public static string Compose(LeadFacts lead, string? sourceName, string? tierName)
    {
        if (lead is null)
        {
            throw new ArgumentNullException(nameof(lead));
        }

        var text = cachedBuilder ?? new StringBuilder(1024);
        cachedBuilder = null;
        text.Clear();

        Line(text, "Tier", tierName);
        AppendContact(text, lead);
        AppendCompany(text, lead);
        AppendNeed(text, lead);
        Line(text, "Timescale", Choice(LeadChoiceLabels.PurchaseTimeframe(lead.PurchaseTimeframe), lead.PurchaseTimeframe));
        AppendBudget(text, lead);
        AppendAuthority(text, lead);
        Line(text, "Next steps", lead.AgreedNextSteps);
        Line(text, "Content that resonated", lead.EngagedContent);
        Line(text, "Source", sourceName, lastLine: true);

        var brief = Finish(text);
        if (text.Capacity <= 4 * MaxLength)
        {
            cachedBuilder = text;
        }

        return brief;
    }

    private static void AppendContact(StringBuilder text, LeadFacts lead)
    {
        var hasName = LeadText.HasText(lead.FirstName) || LeadText.HasText(lead.LastName);
        if (!hasName && !LeadText.HasText(lead.JobTitle) && !LeadText.HasText(lead.Email)
            && !LeadText.HasText(lead.BusinessPhone) && !LeadText.HasText(lead.MobilePhone))
        {
            Line(text, "Contact", null);
            return;
        }

        text.Append("Contact: ");
        if (hasName)
        {
            AppendValue(text, lead.FirstName);
            if (LeadText.HasText(lead.FirstName) && LeadText.HasText(lead.LastName))
            {
                text.Append(' ');
            }

            AppendValue(text, lead.LastName);
        }
        else
        {
            text.Append("name ").Append(NotCaptured);
        }

        Part(text, "job title", lead.JobTitle);
        Part(text, "email", lead.Email);
        Part(text, "business phone", lead.BusinessPhone);
        Part(text, "mobile phone", lead.MobilePhone);
        text.Append('\n');
    }

    private static void AppendCompany(StringBuilder text, LeadFacts lead)
    {
        if (!LeadText.HasText(lead.CompanyName) && !lead.IndustryCode.HasValue && !lead.NumberOfEmployees.HasValue)
        {
            Line(text, "Company", null);
            return;
        }

        text.Append("Company: ");
        if (LeadText.HasText(lead.CompanyName))
        {
            AppendValue(text, lead.CompanyName);
        }
        else
        {
            text.Append("name ").Append(NotCaptured);
        }

        Part(text, "industry", Choice(LeadChoiceLabels.Industry(lead.IndustryCode), lead.IndustryCode));
        Part(text, "employees", lead.NumberOfEmployees?.ToString("N0", CultureInfo.InvariantCulture));
        text.Append('\n');
    }

    private static void AppendNeed(StringBuilder text, LeadFacts lead)
    {
        if (!lead.Need.HasValue && !LeadText.HasText(lead.NeedSummary))
        {
            Line(text, "Need", null);
            return;
        }

        text.Append("Need: ");
        AppendValue(text, Choice(LeadChoiceLabels.Need(lead.Need), lead.Need) ?? "level " + NotCaptured);
        Part(text, "summary", lead.NeedSummary);
        text.Append('\n');
    }

    private static void AppendBudget(StringBuilder text, LeadFacts lead)
    {
        if (!lead.BudgetAmount.HasValue && !lead.BudgetStatus.HasValue)
        {
            Line(text, "Budget", null);
            return;
        }

        text.Append("Budget: amount ");
        text.Append(lead.BudgetAmount?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? NotCaptured);
        Part(text, "status", Choice(LeadChoiceLabels.BudgetStatus(lead.BudgetStatus), lead.BudgetStatus));
        text.Append('\n');
    }

    private static void AppendAuthority(StringBuilder text, LeadFacts lead)
    {
        if (!lead.DecisionMaker.HasValue && !lead.PurchaseProcess.HasValue)
        {
            Line(text, "Authority", null);
            return;
        }

        text.Append("Authority: decision maker ");
        text.Append(lead.DecisionMaker switch
        {
            true => "yes",
            false => "no",
            null => NotCaptured,
        });
        Part(text, "purchase process", Choice(LeadChoiceLabels.PurchaseProcess(lead.PurchaseProcess), lead.PurchaseProcess));
        text.Append('\n');
    }

    private static void Line(StringBuilder text, string heading, string? value, bool lastLine = false)
    {
        text.Append(heading).Append(": ");
        if (LeadText.HasText(value))
        {
            AppendValue(text, value);
        }
        else
        {
            text.Append(NotCaptured);
        }

        if (!lastLine)
        {
            text.Append('\n');
        }
    }

    private static void Part(StringBuilder text, string label, string? value)
    {
        text.Append("; ").Append(label).Append(' ');
        if (LeadText.HasText(value))
        {
            AppendValue(text, value);
        }
        else
        {
            text.Append(NotCaptured);
        }
    }

    /// <summary>Appends the value on one line: every whitespace run (line breaks too) becomes one space.</summary>
    private static void AppendValue(StringBuilder text, string? value) =>
        text.Append(LeadText.SingleLine(value));

    /// <summary>The label, or the raw option value when this organisation added its own option.</summary>
    private static string? Choice(string? label, int? value) =>
        label ?? (value.HasValue ? "option " + value.Value.ToString(CultureInfo.InvariantCulture) : null);

    private static string Finish(StringBuilder text)
    {
        if (text.Length <= MaxLength)
        {
            return text.ToString();
        }

        var keep = MaxLength - TruncationMarker.Length;

        // Never split a surrogate pair: half a character would be stored as garbage.
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return text.ToString(0, keep) + TruncationMarker;
    }
}
