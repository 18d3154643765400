namespace Dataverse.LeadHandover.Domain.Json;

/// <summary>The kind of a JSON value.</summary>
public enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}
