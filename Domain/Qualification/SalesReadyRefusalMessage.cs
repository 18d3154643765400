using System.Globalization;
using System.Text;
using Dataverse.LeadHandover.Domain.Intake;

namespace Dataverse.LeadHandover.Domain.Qualification;

/// <summary>
/// Builds the single refusal a person sees when a lead can't be marked sales ready, naming every
/// problem at once (source and missing items). One paragraph without line breaks and without
/// personal data, because the same text is shown in a form notification, returned in a Web API
/// error body and written to an import error log.
/// </summary>
public static class SalesReadyRefusalMessage
{
    public const string Opening = "This lead can't be marked Sales ready yet.";

    /// <summary>The opening when only the source is wrong: the caller wasn't marking the lead sales-ready, so don't say so.</summary>
    public const string SourceOnlyOpening = "This lead can't be saved yet.";

    /// <summary>
    /// The refusal, or null when there is nothing to refuse.
    /// </summary>
    /// <param name="sourceRefusalReason">Why the lead source was refused (<see cref="LeadSourceResolution.RefusalReason"/>), or null.</param>
    /// <param name="qualification">The gate's result, or null when only the source is in question.</param>
    public static string? Compose(string? sourceRefusalReason, QualificationResult? qualification)
    {
        var source = LeadText.SingleLine(sourceRefusalReason);
        var missing = qualification?.Missing;
        var hasMissing = missing is not null && missing.Count > 0;
        if (source is null && !hasMissing)
        {
            return null;
        }

        var text = new StringBuilder(256).Append(qualification is null ? SourceOnlyOpening : Opening);
        if (source is not null)
        {
            text.Append(" Lead source: ").Append(source);
            if (!EndsSentence(source))
            {
                text.Append('.');
            }
        }

        if (hasMissing)
        {
            var tierName = LeadText.SingleLine(qualification!.Tier.Name) ?? "this";
            text.Append(" For ").Append(Article(tierName)).Append(' ').Append(tierName).Append(" lead, fill in ");
            text.Append(missing!.Count == 1
                ? "this item: "
                : "these " + missing.Count.ToString(CultureInfo.InvariantCulture) + " items: ");
            for (var i = 0; i < missing.Count; i++)
            {
                if (i > 0)
                {
                    text.Append("; ");
                }

                text.Append(QualificationItemVocabulary.DisplayName(missing[i]));
            }

            text.Append('.');
        }

        return text.Append(" Then save again.").ToString();
    }

    private static bool EndsSentence(string text)
    {
        var last = text[text.Length - 1];
        return last == '.' || last == '!' || last == '?';
    }

    private static string Article(string word) =>
        "AEIOUaeiou".IndexOf(word[0]) >= 0 ? "an" : "a";
}
