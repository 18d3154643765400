using System;
using Dataverse.LeadHandover.InMemory.Store.Transactions;

namespace Dataverse.LeadHandover.InMemory.Store;

/// <summary>
/// The store's one open transaction. <see cref="Commit"/> keeps every write made since it began;
/// <see cref="Dispose"/> without Commit undoes all of them — creates, updates, deletes and associations.
/// </summary>
public sealed class StoreTransaction : IDisposable
{
    private readonly DataverseStore store;
    private readonly WriteJournal journal;
    private bool completed;

    internal StoreTransaction(DataverseStore store, WriteJournal journal)
    {
        this.store = store;
        this.journal = journal;
    }

    /// <summary>Keeps the writes made since the transaction began.</summary>
    /// <exception cref="InvalidOperationException">The transaction was already committed or disposed.</exception>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(completed, this);
        store.EndTransaction(journal, commit: true);
        completed = true;
    }

    /// <summary>Rolls back every write since the transaction began, unless it was committed.</summary>
    public void Dispose()
    {
        if (completed)
        {
            return;
        }

        store.EndTransaction(journal, commit: false);
        completed = true;
    }
}
