using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Sandbox.DryRun;

/// <summary>One lead of a dry-run file: where it was in the file and its values by column name.</summary>
/// <param name="Line">Line (CSV) or position (JSON, from 1) in the file, for messages.</param>
/// <param name="Values">The values by column name (case-insensitive): lead columns plus the replay's own.</param>
internal sealed record LeadRecord(int Line, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>When the lead arrives (ISO 8601, UTC when no offset); empty means five minutes after the one before.</summary>
    public const string ArrivedOn = "arrivedon";

    /// <summary>The lead source's name in the catalogue; empty lets the plug-ins infer it (UTM codes, campaign).</summary>
    public const string Source = "source";

    /// <summary>Minutes after the handover at which its rep acknowledges; empty means nobody does.</summary>
    public const string AcknowledgeAfterMinutes = "acknowledgeafterminutes";

    public string? Value(string column) => Values.TryGetValue(column, out var value) && value.Length > 0 ? value : null;

    public string Label => Value("companyname") ?? Value("lastname") ?? "line " + Line;
}
