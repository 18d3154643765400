using System;
using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Release.Tests.Repository;

/// <summary>
/// Checks over many files collect every problem first and fail once, naming them all, so one run shows the whole
/// list instead of the first defect only.
/// </summary>
internal static class Problems
{
    public static void AssertNone(IReadOnlyCollection<string> problems) =>
        Assert.IsEmpty(problems, Environment.NewLine + string.Join(Environment.NewLine, problems));
}
