namespace Dataverse.LeadHandover.InMemory.Store;

/// <summary>The Dataverse column types the store validates values against.</summary>
public enum ColumnType
{
    /// <summary>Single line of text (<see cref="string"/>).</summary>
    String,

    /// <summary>Multiple lines of text (<see cref="string"/>).</summary>
    Memo,

    /// <summary>Whole number (<see cref="int"/>).</summary>
    Integer,

    /// <summary>Big integer (<see cref="long"/>).</summary>
    BigInt,

    /// <summary>Decimal number (<see cref="decimal"/>).</summary>
    Decimal,

    /// <summary>Floating point number (<see cref="double"/>).</summary>
    Double,

    /// <summary>Currency (<c>Money</c>).</summary>
    Money,

    /// <summary>Yes/No (<see cref="bool"/>).</summary>
    Boolean,

    /// <summary>Date and time (<see cref="System.DateTime"/>, stored as UTC).</summary>
    DateTime,

    /// <summary>Lookup (<c>EntityReference</c>).</summary>
    Lookup,

    /// <summary>Owner (<c>EntityReference</c> to a user or team).</summary>
    Owner,

    /// <summary>Customer (<c>EntityReference</c> to an account or contact).</summary>
    Customer,

    /// <summary>Choice (<c>OptionSetValue</c>).</summary>
    Picklist,

    /// <summary>Choices (<c>OptionSetValueCollection</c>).</summary>
    MultiSelectPicklist,

    /// <summary>Status (<c>statecode</c>, an <c>OptionSetValue</c>).</summary>
    State,

    /// <summary>Status reason (<c>statuscode</c>, an <c>OptionSetValue</c>).</summary>
    Status,

    /// <summary>Unique identifier (<see cref="System.Guid"/>).</summary>
    UniqueIdentifier,
}
