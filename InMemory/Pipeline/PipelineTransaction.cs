using System;

namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>
/// One operation's hold on the transaction. Only the operation that started it commits or rolls back; a joined
/// operation leaves both to its outermost caller.
/// </summary>
internal sealed class PipelineTransaction(TransactionCoordinator coordinator, bool isRoot) : IDisposable
{
    private bool _completed;

    public bool IsRoot => isRoot;

    public void Complete()
    {
        if (isRoot)
        {
            coordinator.Commit();
        }

        _completed = true;
    }

    public void Dispose()
    {
        if (isRoot && !_completed)
        {
            coordinator.RollBack();
        }
    }
}
