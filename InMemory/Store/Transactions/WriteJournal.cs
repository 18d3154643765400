using System.Collections.Generic;

namespace Dataverse.LeadHandover.InMemory.Store.Transactions;

/// <summary>
/// The before-images of every write made while a transaction is open. Stored rows are replaced, never
/// changed in place, so keeping the previous instance is enough to put a row back exactly as it was.
/// </summary>
internal sealed class WriteJournal
{
    private readonly List<JournalEntry> entries = [];

    /// <summary>Notes the state of a row just before it is written.</summary>
    public void Record(JournalEntry entry) => entries.Add(entry);

    /// <summary>The before-images, latest first, which is the order that undoes the writes.</summary>
    public IEnumerable<JournalEntry> LatestFirst()
    {
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            yield return entries[i];
        }
    }
}
