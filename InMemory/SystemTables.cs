using System.Collections.Generic;
using Dataverse.LeadHandover.InMemory.Store;

namespace Dataverse.LeadHandover.InMemory;

/// <summary>
/// The platform tables every organization has and that this package's code reads: users, business units, teams,
/// security roles (with the <c>systemuserroles</c> intersect), environment variables, lead (whose primary name is
/// <c>fullname</c>; solutions carry it only as a shell of added columns), and the activity tables
/// (phonecall, task, email, appointment, keyed by activityid, each state with its default status reason:
/// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/phonecall and its siblings).
/// Loosely typed: any column is accepted, since only a few are ever used.
/// </summary>
internal static class SystemTables
{
    public const string UserRolesRelationship = "systemuserroles_association";

    public static void Define(DataverseStore store)
    {
        store.DefineTable(new TableDefinition("systemuser", "systemuserid") { PrimaryNameAttribute = "fullname", Ownership = TableOwnership.None });
        store.DefineTable(new TableDefinition("businessunit", "businessunitid") { PrimaryNameAttribute = "name", Ownership = TableOwnership.None });
        store.DefineTable(new TableDefinition("team", "teamid") { PrimaryNameAttribute = "name", Ownership = TableOwnership.None });
        store.DefineTable(new TableDefinition("role", "roleid") { PrimaryNameAttribute = "name", Ownership = TableOwnership.None });
        store.DefineRelationship(new ManyToManyDefinition(UserRolesRelationship, "systemuser", "role", "systemuserroles"));
        store.DefineTable(new TableDefinition("environmentvariabledefinition", "environmentvariabledefinitionid") { PrimaryNameAttribute = "schemaname" });
        store.DefineTable(new TableDefinition("environmentvariablevalue", "environmentvariablevalueid") { PrimaryNameAttribute = "schemaname" });
        store.DefineTable(new TableDefinition("lead", "leadid") { PrimaryNameAttribute = "fullname" });
        DefineActivity(store, "phonecall", open: 1, completed: 2, canceled: 3);
        DefineActivity(store, "task", open: 2, completed: 5, canceled: 6);
        DefineActivity(store, "email", open: 1, completed: 2, canceled: 5);
        DefineActivity(store, "appointment", open: 1, completed: 3, canceled: 4);
    }

    private static void DefineActivity(DataverseStore store, string table, int open, int completed, int canceled) =>
        store.DefineTable(new TableDefinition(table, "activityid")
        {
            PrimaryNameAttribute = "subject",
            DefaultStatusByState = new Dictionary<int, int> { [0] = open, [1] = completed, [2] = canceled },
        });
}
