using System.Collections.Generic;
using Dataverse.LeadHandover.InMemory;
using Dataverse.LeadHandover.InMemory.Store;

namespace Dataverse.LeadHandover.Sandbox.Organization;

/// <summary>
/// The out-of-the-box activity tables every organization has (phonecall, task, email, appointment, keyed by
/// activityid) and the solution doesn't carry: the first touch of a Hot or Warm handover is one of them. Loosely
/// typed, with each state's default status reason
/// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/phonecall and its siblings).
/// </summary>
internal static class ActivityTables
{
    public static void Define(InMemoryDataverse dataverse)
    {
        Define(dataverse, "phonecall", open: 1, completed: 2, canceled: 3);
        Define(dataverse, "task", open: 2, completed: 5, canceled: 6);
        Define(dataverse, "email", open: 1, completed: 2, canceled: 5);
        Define(dataverse, "appointment", open: 1, completed: 3, canceled: 4);
    }

    private static void Define(InMemoryDataverse dataverse, string table, int open, int completed, int canceled) =>
        dataverse.Store.DefineTable(new TableDefinition(table, "activityid")
        {
            PrimaryNameAttribute = "subject",
            DefaultStatusByState = new Dictionary<int, int> { [0] = open, [1] = completed, [2] = canceled },
        });
}
