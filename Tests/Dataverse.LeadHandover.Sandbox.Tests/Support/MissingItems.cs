using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.Domain.Qualification;

namespace Dataverse.LeadHandover.Sandbox.Tests.Support;

/// <summary>What the shipped policy says a Hot lead still lacks when only its name and company are given, in the words users see.</summary>
internal static class MissingItems
{
    public static IReadOnlyList<string> ForHotLeadWithNameAndCompanyOnly() =>
        HandoverPolicy.Default.FindTier("Hot")!.Requires
            .Where(item => item is not (QualificationItem.ContactName or QualificationItem.CompanyName))
            .Select(QualificationItemVocabulary.DisplayName)
            .ToList();
}
