namespace Dataverse.LeadHandover.Functions.Dataverse;

/// <summary>
/// Logical names of the out-of-the-box <c>systemuser</c> columns the Functions app reads. Only Functions reads
/// them, so they live here rather than in Domain/Schema.
/// </summary>
public static class SystemUserSchema
{
    public const string EntityName = "systemuser";

    /// <summary>Primary key.</summary>
    public const string SystemUserId = "systemuserid";

    public const string FullName = "fullname";

    /// <summary>The user's sign-in name (UPN in Microsoft Entra ID).</summary>
    public const string DomainName = "domainname";

    /// <summary>The user's Microsoft Entra object id (uniqueidentifier).</summary>
    public const string EntraObjectId = "azureactivedirectoryobjectid";
}
