using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Dataverse.LeadHandover.Release.Tests.Repository;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Release.Tests.Pipelines;

/// <summary>
/// The pipelines call the PowerShell scripts with parameters the scripts declare, and give every mandatory one, so
/// a renamed parameter fails here rather than in a production deployment.
/// </summary>
[TestClass]
public sealed partial class ScriptInvocationTests
{
    [TestMethod]
    public void EveryPowerShellScriptCall_PassesDeclaredParametersAndAllMandatoryOnes()
    {
        var problems = new List<string>();
        var calls = 0;
        foreach (var pipeline in ReleaseFiles.AllYaml)
        {
            foreach (var step in RepositoryPipelines.Read(pipeline).SelectMany(j => j.Steps))
            {
                foreach (Match call in ScriptCall().Matches(step.Text))
                {
                    calls++;
                    var script = call.Groups["script"].Value;
                    var declared = Parameters(ReleaseFiles.Read(script));
                    var passed = PassedParameter().Matches(ArgumentsOf(step.Text, call)).Select(m => m.Groups["name"].Value).ToList();
                    problems.AddRange(passed.Where(p => !declared.ContainsKey(p)).Select(p => $"{pipeline}: {script} has no parameter -{p}"));
                    problems.AddRange(declared.Where(d => d.Value && !passed.Contains(d.Key, StringComparer.OrdinalIgnoreCase))
                        .Select(d => $"{pipeline}: {script} is called without its mandatory -{d.Key}"));
                }
            }
        }

        Assert.IsGreaterThanOrEqualTo(4, calls, "the deploy steps of both CI systems call the two PowerShell scripts");
        Problems.AssertNone(problems);
    }

    /// <summary>The script call's arguments: the rest of its command, or the step's arguments input.</summary>
    private static string ArgumentsOf(string stepText, Match call)
    {
        var arguments = Regex.Match(stepText, @"(?m)^arguments: (?<value>.*)$");
        return arguments.Success ? arguments.Groups["value"].Value : stepText[call.Index..].Split('\n')[0];
    }

    /// <summary>Parameter name → whether it is mandatory, from the script's param() block.</summary>
    private static Dictionary<string, bool> Parameters(string script)
    {
        var block = script[script.IndexOf("param(", StringComparison.Ordinal)..];
        block = block[..block.IndexOf("\n)", StringComparison.Ordinal)];
        return DeclaredParameter().Matches(block)
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["mandatory"].Success, StringComparer.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"(?<script>pipelines/scripts/[\w-]+\.ps1)")]
    private static partial Regex ScriptCall();

    [GeneratedRegex(@"(?<=\s|^)-(?<name>[A-Z]\w+)\b")]
    private static partial Regex PassedParameter();

    [GeneratedRegex(@"(?<mandatory>\[Parameter\(Mandatory\)\]\s*)?\[\w+\]\s*\$(?<name>\w+)")]
    private static partial Regex DeclaredParameter();
}
