using Dataverse.LeadHandover.InMemory.Store;

namespace Dataverse.LeadHandover.InMemory;

/// <summary>
/// The platform tables every organization has and that this package's code reads: users, business units, teams,
/// security roles (with the <c>systemuserroles</c> intersect) and environment variables. Loosely typed: any column is
/// accepted, since only a few are ever used.
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
    }
}
