namespace Dataverse.LeadHandover.InMemory;

/// <summary>
/// Type of a custom API request parameter or response property, numbered as the <c>type</c> choice of
/// <c>customapirequestparameter</c>/<c>customapiresponseproperty</c>
/// (https://learn.microsoft.com/power-apps/developer/data-platform/custom-api-tables).
/// </summary>
public enum CustomApiParameterType
{
    /// <summary><see cref="bool"/>.</summary>
    Boolean = 0,

    /// <summary><see cref="System.DateTime"/>.</summary>
    DateTime = 1,

    /// <summary><see cref="decimal"/>.</summary>
    Decimal = 2,

    /// <summary><c>Entity</c>.</summary>
    Entity = 3,

    /// <summary><c>EntityCollection</c>.</summary>
    EntityCollection = 4,

    /// <summary><c>EntityReference</c>.</summary>
    EntityReference = 5,

    /// <summary><see cref="double"/>.</summary>
    Float = 6,

    /// <summary><see cref="int"/>.</summary>
    Integer = 7,

    /// <summary><c>Money</c>.</summary>
    Money = 8,

    /// <summary><c>OptionSetValue</c>.</summary>
    Picklist = 9,

    /// <summary><see cref="string"/>.</summary>
    String = 10,

    /// <summary><see cref="string"/> array.</summary>
    StringArray = 11,

    /// <summary><see cref="System.Guid"/>.</summary>
    Guid = 12,
}
