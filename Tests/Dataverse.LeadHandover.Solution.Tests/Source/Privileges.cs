using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Dataverse.LeadHandover.Solution.Tests.Source;

/// <summary>Privilege names: <c>prv</c> + access right + the table's SchemaName, as cased in metadata.</summary>
internal static partial class Privileges
{
    /// <summary>SchemaNames (privilege suffixes) of system tables the roles refer to; systemuser's privileges say "User".</summary>
    private static readonly string[] SystemPrivilegeSuffixes = ["Lead", "User", "EnvironmentVariableDefinition", "EnvironmentVariableValue"];

    /// <summary>
    /// Privileges that belong to no table, with the one depth Dataverse offers them. "Act on Behalf of Another
    /// User" (Business Management tab) is what impersonation by CallerId requires of the caller.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Miscellaneous = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["prvActOnBehalfOfAnotherUser"] = "Global",
    };

    public static bool IsTablePrivilegeOfTheSolution(string privilege) => Table(privilege) is not null;

    /// <summary>The table SchemaName the privilege is for, or null when it names no table this solution knows.</summary>
    public static string? Table(string privilege)
    {
        var match = Shape().Match(privilege);
        if (!match.Success)
        {
            return null;
        }

        var suffix = match.Groups["table"].Value;
        var custom = SolutionModel.Tables.Values.Where(t => !t.IsShell).Select(t => t.Folder);
        return custom.Concat(SystemPrivilegeSuffixes).FirstOrDefault(t => string.Equals(t, suffix, StringComparison.Ordinal));
    }

    public static string AccessRight(string privilege) => Shape().Match(privilege).Groups["right"].Value;

    // AppendTo before Append: the alternation is tried in order.
    [GeneratedRegex("^prv(?<right>Create|Read|Write|Delete|AppendTo|Append|Assign|Share)(?<table>.+)$")]
    private static partial Regex Shape();
}
