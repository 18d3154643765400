using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Transactions;

/// <summary>What one row looked like before a write inside a transaction; <see cref="Previous"/> null means it did not exist.</summary>
internal readonly record struct JournalEntry(string Table, Guid Id, Entity? Previous);
