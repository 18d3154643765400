using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Dataverse.LeadHandover.InMemory.Store.Metadata;
using Dataverse.LeadHandover.InMemory.Store.Persistence;
using Dataverse.LeadHandover.InMemory.Store.Queries;
using Dataverse.LeadHandover.InMemory.Store.Relationships;
using Dataverse.LeadHandover.InMemory.Store.Rows;
using Dataverse.LeadHandover.InMemory.Store.Transactions;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store;

/// <summary>
/// An in-memory Dataverse main operation: tables, rows, N:N associations, transactions and queries
/// (QueryExpression, QueryByAttribute, FetchXML), with the platform's faults. No plug-ins run here.
/// Rows are stored as copies and every Entity handed out is a fresh copy. One lock guards everything,
/// so concurrent callers (the sandbox serves web requests in parallel) see whole operations.
/// </summary>
public sealed class DataverseStore
{
    private readonly Lock gate = new();
    private readonly StoreState state;

    /// <summary>A store with no tables, whose <c>createdon</c>/<c>modifiedon</c> come from <paramref name="clock"/>.</summary>
    public DataverseStore(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        state = new StoreState(clock);
    }

    /// <summary>The clock the store stamps rows with; its local time zone stands for the calling user's.</summary>
    public TimeProvider Clock => state.Clock;

    /// <summary>Every defined table, including the intersect tables of N:N relationships.</summary>
    public IReadOnlyCollection<TableDefinition> Tables
    {
        get
        {
            lock (gate)
            {
                return state.Schemas.Values.Select(s => s.Definition).ToList();
            }
        }
    }

    /// <summary>Whether a transaction is open.</summary>
    public bool IsInTransaction
    {
        get
        {
            lock (gate)
            {
                return state.Rows.Journal is not null;
            }
        }
    }

    /// <summary>Defines a table, replacing an existing definition of the same name; its rows stay.</summary>
    public void DefineTable(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        lock (gate)
        {
            state.Schemas[table.LogicalName] = new TableSchema(table);
        }
    }

    /// <summary>Defines an N:N relationship and its intersect table.</summary>
    public void DefineRelationship(ManyToManyDefinition relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        lock (gate)
        {
            state.Relationships[relationship.SchemaName] = relationship;
            state.Schemas[relationship.IntersectEntity] = IntersectTable.SchemaFor(relationship);
        }
    }

    /// <summary>The definition of a table, if it is defined.</summary>
    public bool TryGetTable(string logicalName, [NotNullWhen(true)] out TableDefinition? table)
    {
        lock (gate)
        {
            table = state.Schemas.TryGetValue(logicalName, out var schema) ? schema.Definition : null;
            return table is not null;
        }
    }

    /// <summary>Creates a row as <paramref name="callerId"/> and returns its id.</summary>
    public Guid Create(Entity entity, Guid callerId)
    {
        ArgumentNullException.ThrowIfNull(entity);
        lock (gate)
        {
            return RowCreator.Create(state, entity, callerId);
        }
    }

    /// <summary>A copy of a row with the requested columns.</summary>
    public Entity Retrieve(string logicalName, Guid id, ColumnSet columnSet)
    {
        lock (gate)
        {
            return RowReader.Retrieve(state, logicalName, id, columnSet);
        }
    }

    /// <summary>Updates the supplied columns of a row as <paramref name="callerId"/>.</summary>
    public void Update(Entity entity, ConcurrencyBehavior behavior, Guid callerId)
    {
        ArgumentNullException.ThrowIfNull(entity);
        lock (gate)
        {
            RowUpdater.Update(state, entity, behavior, callerId);
        }
    }

    /// <summary>Deletes a row and its N:N associations.</summary>
    public void Delete(EntityReference target, ConcurrencyBehavior behavior)
    {
        ArgumentNullException.ThrowIfNull(target);
        lock (gate)
        {
            RowDeleter.Delete(state, target, behavior);
        }
    }

    /// <summary>Runs a QueryExpression, QueryByAttribute or FetchExpression; <c>eq-userid</c> matches no one.</summary>
    public EntityCollection RetrieveMultiple(QueryBase query) => RetrieveMultiple(query, Guid.Empty);

    /// <summary>Runs a query as <paramref name="callerId"/>, the user <c>EqualUserId</c> / <c>eq-userid</c> compare with.</summary>
    public EntityCollection RetrieveMultiple(QueryBase query, Guid callerId)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (gate)
        {
            return QueryEvaluator.Evaluate(QueryReader.Read(query), new QueryContext(state, callerId));
        }
    }

    /// <summary>Associates rows through an N:N relationship defined with <see cref="DefineRelationship"/>.</summary>
    public void Associate(string logicalName, Guid id, Relationship relationship, EntityReferenceCollection relatedEntities)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(relatedEntities);
        lock (gate)
        {
            Associations.Associate(state, logicalName, id, relationship, relatedEntities);
        }
    }

    /// <summary>Removes associations of an N:N relationship defined with <see cref="DefineRelationship"/>.</summary>
    public void Disassociate(string logicalName, Guid id, Relationship relationship, EntityReferenceCollection relatedEntities)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(relatedEntities);
        lock (gate)
        {
            Associations.Disassociate(state, logicalName, id, relationship, relatedEntities);
        }
    }

    /// <summary>A full copy of the stored row (all columns), or null: what pre- and post-images are built from.</summary>
    public Entity? Snapshot(string logicalName, Guid id)
    {
        lock (gate)
        {
            return RowReader.Snapshot(state, logicalName, id);
        }
    }

    /// <summary>
    /// A copy of every stored row with all its columns, system columns included (created and modified on and by,
    /// owner, state, <c>versionnumber</c> and <see cref="Entity.RowVersion"/>), intersect rows too: what
    /// <see cref="ImportRows"/> puts back. Table definitions are not included; they come from the solution.
    /// </summary>
    public IReadOnlyList<Entity> ExportRows()
    {
        lock (gate)
        {
            return RowExporter.Export(state);
        }
    }

    /// <summary>
    /// Puts exported rows back exactly as they were, replacing any row with the same table and id. Nothing is
    /// stamped or defaulted and no version is spent; later writes get versions above every imported one.
    /// Every row's table must already be defined; a row of an unknown table faults before anything is stored.
    /// </summary>
    /// <returns>How many rows were imported.</returns>
    /// <exception cref="InvalidOperationException">A transaction is open.</exception>
    public int ImportRows(IEnumerable<Entity> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        lock (gate)
        {
            return RowImporter.Import(state, rows);
        }
    }

    /// <summary>Opens the one transaction the store allows at a time; disposing it without Commit undoes every write since.</summary>
    /// <exception cref="InvalidOperationException">A transaction is already open.</exception>
    public StoreTransaction BeginTransaction()
    {
        lock (gate)
        {
            if (state.Rows.Journal is not null)
            {
                throw new InvalidOperationException("A transaction is already open on this store; nested transactions are not supported.");
            }

            var journal = new WriteJournal();
            state.Rows.Journal = journal;
            return new StoreTransaction(this, journal);
        }
    }

    internal void EndTransaction(WriteJournal journal, bool commit)
    {
        lock (gate)
        {
            if (!ReferenceEquals(state.Rows.Journal, journal))
            {
                return;
            }

            state.Rows.Journal = null;
            if (!commit)
            {
                foreach (var entry in journal.LatestFirst())
                {
                    state.Rows.Restore(entry);
                }
            }
        }
    }
}
