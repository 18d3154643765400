using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Dataverse.LeadHandover.InMemory.Store.Transactions;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Rows;

/// <summary>
/// The stored rows of every table. A stored Entity is never changed after it is put here: a write puts a
/// new instance, so readers and the transaction journal can hold on to old ones safely.
/// </summary>
internal sealed class RowTables
{
    private readonly Dictionary<string, Dictionary<Guid, Entity>> tables = new(StringComparer.Ordinal);

    /// <summary>The journal of the open transaction, or null outside one.</summary>
    public WriteJournal? Journal { get; set; }

    public bool TryGet(string table, Guid id, [NotNullWhen(true)] out Entity? row)
    {
        row = null;
        return tables.TryGetValue(table, out var rows) && rows.TryGetValue(id, out row);
    }

    public bool Contains(string table, Guid id) => TryGet(table, id, out _);

    /// <summary>The stored rows of a table (not copies: callers must copy before handing anything out).</summary>
    public IReadOnlyCollection<Entity> All(string table) =>
        tables.TryGetValue(table, out var rows) ? rows.Values : [];

    /// <summary>Adds or replaces a row.</summary>
    public void Put(string table, Entity row)
    {
        var rows = RowsOf(table);
        rows.TryGetValue(row.Id, out var previous);
        Journal?.Record(new JournalEntry(table, row.Id, previous));
        rows[row.Id] = row;
    }

    /// <summary>Removes a row if it exists.</summary>
    public void Remove(string table, Guid id)
    {
        if (tables.TryGetValue(table, out var rows) && rows.TryGetValue(id, out var previous))
        {
            Journal?.Record(new JournalEntry(table, id, previous));
            rows.Remove(id);
        }
    }

    /// <summary>Puts a row back to its journaled state, without journaling the undo itself.</summary>
    public void Restore(JournalEntry entry)
    {
        var rows = RowsOf(entry.Table);
        if (entry.Previous is null)
        {
            rows.Remove(entry.Id);
        }
        else
        {
            rows[entry.Id] = entry.Previous;
        }
    }

    private Dictionary<Guid, Entity> RowsOf(string table)
    {
        if (!tables.TryGetValue(table, out var rows))
        {
            rows = [];
            tables[table] = rows;
        }

        return rows;
    }
}
