using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.Security;

/// <summary>
/// Security roles grant privileges that exist (<c>prv</c> + access right + table SchemaName) at depths the table
/// supports: organization-owned tables only have organization (Global) depth, and Assign/Share exist only for
/// user-owned tables. The integration role is the least the Functions' application user needs.
/// https://learn.microsoft.com/power-platform/admin/security-roles-privileges
/// </summary>
[TestClass]
public sealed class RoleTests
{
    private static readonly HashSet<string> Levels = new(StringComparer.Ordinal) { "Basic", "Local", "Deep", "Global" };

    private static IReadOnlyList<XElement> Roles => SolutionModel.RoleFiles.Select(f => SolutionFiles.Xml(f).Root!).ToList();

    [TestMethod]
    public void Roles_AreTheContractRoles()
    {
        CollectionAssert.AreEquivalent(
            new[] { "Lead Handover Sales Rep", "Lead Handover Sales Manager", "Lead Handover Administrator", "Lead Handover Integration" },
            Roles.Select(r => (string?)r.Attribute("name")).ToList());
    }

    [TestMethod]
    public void EveryRole_FileIsNamedAfterItAndPrivilegesAreSorted()
    {
        var problems = new List<string>();
        foreach (var file in SolutionModel.RoleFiles)
        {
            var role = SolutionFiles.Xml(file).Root!;
            var names = role.Descendants("RolePrivilege").Select(p => (string)p.Attribute("name")!).ToList();
            if (Path.GetFileNameWithoutExtension(file) != (string?)role.Attribute("name"))
            {
                problems.Add($"{file}: holds role {(string?)role.Attribute("name")}");
            }

            if (!names.SequenceEqual(names.Order(StringComparer.OrdinalIgnoreCase)) || names.Distinct(StringComparer.Ordinal).Count() != names.Count)
            {
                problems.Add($"{file}: privileges must be listed once each, alphabetically");
            }

            if ((string?)role.Attribute("isinherited") != "1")
            {
                problems.Add($"{file}: roles assigned to users apply directly (isinherited 1)");
            }
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryPrivilege_ExistsAtADepthItsTableSupports()
    {
        var problems = new List<string>();
        foreach (var role in Roles)
        {
            foreach (var privilege in role.Descendants("RolePrivilege"))
            {
                var name = (string)privilege.Attribute("name")!;
                var level = (string)privilege.Attribute("level")!;
                var table = Privileges.Table(name);
                var where = $"{(string?)role.Attribute("name")}: {name} {level}";
                if (table is null)
                {
                    if (!Privileges.Miscellaneous.TryGetValue(name, out var onlyDepth))
                    {
                        problems.Add($"{where} names no table of the solution");
                    }
                    else if (level != onlyDepth)
                    {
                        problems.Add($"{where}: this privilege only exists at {onlyDepth} depth");
                    }

                    continue;
                }

                if (!Levels.Contains(level))
                {
                    problems.Add($"{where}: unknown level");
                }

                var custom = SolutionModel.Tables.Values.SingleOrDefault(t => t.Folder == table);
                if (custom?.Ownership == "OrgOwned" && level != "Global")
                {
                    problems.Add($"{where}: organization-owned tables only have Global depth");
                }

                if (custom?.Ownership == "OrgOwned" && Privileges.AccessRight(name) is "Assign" or "Share")
                {
                    problems.Add($"{where}: organization-owned rows have no owner to assign or share");
                }
            }
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void IntegrationRole_IsTheLeastTheFunctionsNeed()
    {
        var role = Roles.Single(r => (string?)r.Attribute("name") == "Lead Handover Integration");
        var granted = role.Descendants("RolePrivilege").Select(p => (string)p.Attribute("name")!).ToList();

        CollectionAssert.AreEquivalent(
            new[]
            {
                // Read what routing, SLA clocks and notifications need.
                "prvReadLead", "prvReadlh_Handover", "prvReadlh_RepProfile", "prvReadlh_LeadSource", "prvReadlh_BusinessCalendar",
                "prvReadlh_Holiday", "prvReadUser", "prvReadEnvironmentVariableDefinition", "prvReadEnvironmentVariableValue",
                // Write the ledger and the lead; create handovers on reassignment, owned by the new rep.
                "prvWriteLead", "prvWritelh_Handover", "prvCreatelh_Handover", "prvAssignlh_Handover", "prvAssignLead",
                // Setting lookups needs Append on the row and AppendTo on the row it points to.
                "prvAppendLead", "prvAppendToLead", "prvAppendlh_Handover", "prvAppendTolh_Handover", "prvAppendTolh_LeadSource",
                "prvAppendToUser",
                // Acknowledge and reject from a Teams link run as the rep: the Functions impersonate them (CallerId).
                "prvActOnBehalfOfAnotherUser",
            },
            granted);
    }

    [TestMethod]
    public void CustomApiExecutePrivilege_IsHeldByTheRolesThatCallThem()
    {
        var privileges = SolutionModel.CustomApiFolders
            .Select(f => (string?)SolutionFiles.Xml($"customapis/{f}/customapi.xml").Root!.Element("executeprivilegename"))
            .OfType<string>()
            .Distinct()
            .ToList();

        var problems = Roles
            .Where(r => (string?)r.Attribute("name") is "Lead Handover Sales Rep" or "Lead Handover Sales Manager" or "Lead Handover Integration")
            .SelectMany(r => privileges
                .Where(p => !r.Descendants("RolePrivilege").Any(rp => (string?)rp.Attribute("name") == p))
                .Select(p => $"{(string?)r.Attribute("name")} cannot call the custom APIs: lacks {p}"))
            .ToList();

        Assert.IsNotEmpty(privileges);
        Problems.AssertNone(problems);
    }
}
