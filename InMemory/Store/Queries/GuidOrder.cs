using System;
using System.Collections.Generic;
using System.Data.SqlTypes;

namespace Dataverse.LeadHandover.InMemory.Store.Queries;

/// <summary>Primary keys in SQL Server's uniqueidentifier order, the order Dataverse returns rows in when nothing else is asked.</summary>
internal sealed class GuidOrder : IComparer<Guid>
{
    public static GuidOrder Instance { get; } = new();

    public int Compare(Guid x, Guid y) => new SqlGuid(x).CompareTo(new SqlGuid(y));
}
