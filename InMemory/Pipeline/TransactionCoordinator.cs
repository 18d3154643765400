using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.InMemory.Faults;
using Dataverse.LeadHandover.InMemory.Store;

namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>
/// The one database transaction of a top-level operation, which nested operations join. As in Dataverse, a failed
/// operation inside someone else's transaction ends that transaction for everyone: later calls get "There is no active
/// transaction" and the plug-in that swallowed the failure gets "ISV code reduced the open transaction count"
/// (https://learn.microsoft.com/power-apps/developer/data-platform/scalable-customization-design/transactions).
/// Asynchronous steps are queued only when the outermost transaction commits.
/// </summary>
internal sealed class TransactionCoordinator(DataverseStore store, TimeProvider clock)
{
    private readonly List<QueuedAsyncStep> _pendingAsync = [];
    private readonly Queue<QueuedAsyncStep> _queue = new();
    private StoreTransaction? _current;

    public bool IsActive => _current is not null;

    /// <summary>Counts transactions ended by a failed nested operation, so a plug-in's swallowing of one is detectable.</summary>
    public int EndedByFailureCount { get; private set; }

    public bool IsEndedByFailure { get; private set; }

    /// <summary>Starts the transaction, or joins the one already open (then disposing does nothing).</summary>
    public PipelineTransaction Enter()
    {
        if (_current is not null)
        {
            if (IsEndedByFailure)
            {
                throw PlatformFault.NoActiveTransaction(clock);
            }

            return new PipelineTransaction(this, isRoot: false);
        }

        _current = store.BeginTransaction();
        IsEndedByFailure = false;
        return new PipelineTransaction(this, isRoot: true);
    }

    /// <summary>A nested operation failed while another operation's transaction was open.</summary>
    public void EndByFailure()
    {
        if (_current is null)
        {
            return;
        }

        IsEndedByFailure = true;
        EndedByFailureCount++;
    }

    public void QueueOnCommit(QueuedAsyncStep step)
    {
        if (_current is null)
        {
            _queue.Enqueue(step);
        }
        else
        {
            _pendingAsync.Add(step);
        }
    }

    public bool TryDequeueAsync(out QueuedAsyncStep step) => _queue.TryDequeue(out step!);

    internal void Commit()
    {
        var transaction = _current ?? throw new InvalidOperationException("No transaction is open.");
        if (IsEndedByFailure)
        {
            throw PlatformFault.NoActiveTransaction(clock);
        }

        transaction.Commit();
        transaction.Dispose();
        _current = null;
        foreach (var step in _pendingAsync)
        {
            _queue.Enqueue(step);
        }

        _pendingAsync.Clear();
    }

    internal void RollBack()
    {
        if (_current is null)
        {
            return;
        }

        _current.Dispose();
        _current = null;
        _pendingAsync.Clear();
        IsEndedByFailure = false;
    }
}
