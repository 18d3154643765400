using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Benchmarks.Sweep;

/// <summary>
/// The baseline: what a low-code flow does for the same work, one record at a time: list the due handovers, then for
/// each one a query (get the row) and an update, with <see cref="Workers"/> of them in flight at once (an "apply to
/// each" with concurrency turned up). Each worker keeps its own simulated time; requests reach the
/// <see cref="ServiceProtectionModel"/> in time order, and a refused request waits its Retry-After and goes again,
/// as the flow's retry policy does. The flow is given the due list at the cost of its pages, which is kinder to it
/// than a flow can be (it can't count business time, so it would have to read every open handover).
/// </summary>
public sealed class PerRecordFlow(IOrganizationServiceAsync2 dataverse, ServiceProtectionModel model, DateTimeOffset start)
{
    public const int Workers = 52;

    public const int PageSize = 5000;

    public int Requests { get; private set; }

    public TimeSpan SimulatedTime { get; private set; }

    public void Run(IReadOnlyList<Guid> due)
    {
        ArgumentNullException.ThrowIfNull(due);

        // Listing the due rows: one page at a time, one after the other.
        var now = start;
        for (var listed = 0; listed < due.Count; listed += PageSize)
        {
            now = Admit(now) + model.Latency;
            Requests++;
        }

        var next = 0;
        var workers = new PriorityQueue<Worker, DateTimeOffset>();
        for (var w = 0; w < Workers; w++)
        {
            workers.Enqueue(new Worker(), now);
        }

        var finished = now;
        while (workers.TryDequeue(out var worker, out var at))
        {
            if (worker.Step == FlowStep.Next)
            {
                if (next >= due.Count)
                {
                    finished = at > finished ? at : finished;
                    continue;
                }

                worker.HandoverId = due[next++];
                worker.Step = FlowStep.Query;
            }

            if (!model.TryAdmit(at, out var retryAfter))
            {
                workers.Enqueue(worker, at + retryAfter);
                continue;
            }

            Requests++;
            if (worker.Step == FlowStep.Query)
            {
                worker.Level = dataverse.Retrieve(HandoverSchema.EntityName, worker.HandoverId, new ColumnSet(HandoverSchema.EscalationLevel))
                    .GetAttributeValue<int?>(HandoverSchema.EscalationLevel) ?? 0;
                worker.Step = FlowStep.Update;
            }
            else
            {
                dataverse.Update(new Entity(HandoverSchema.EntityName, worker.HandoverId) { [HandoverSchema.EscalationLevel] = worker.Level + 1 });
                worker.Step = FlowStep.Next;
            }

            workers.Enqueue(worker, at + model.Latency);
        }

        SimulatedTime = finished - start;
    }

    private DateTimeOffset Admit(DateTimeOffset at)
    {
        while (!model.TryAdmit(at, out var retryAfter))
        {
            at += retryAfter;
        }

        return at;
    }
}
