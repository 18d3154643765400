using System;
using System.ComponentModel.DataAnnotations;

namespace Dataverse.LeadHandover.Functions.Options;

/// <summary>
/// Where the Dataverse environment is (section <c>Dataverse</c>). In Azure the app connects with its managed
/// identity (no secret here); locally a connection string can be used instead.
/// </summary>
public sealed class DataverseOptions
{
    public const string SectionName = "Dataverse";

    /// <summary>The environment URL, e.g. <c>https://contoso.crm4.dynamics.com</c>; also the base of "Open in Dynamics" links.</summary>
    [Required(ErrorMessage = "Set Dataverse:Url (app setting Dataverse__Url) to the environment URL, e.g. https://contoso.crm4.dynamics.com.")]
    [Url(ErrorMessage = "Dataverse:Url (app setting Dataverse__Url) must be an absolute https URL.")]
    public string Url { get; set; } = string.Empty;

    /// <summary>
    /// Local development only (secret): a ServiceClient connection string. Empty in Azure, where the managed identity
    /// is used.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The environment URL as a URI; call only on validated options (a method, so validation never reads it).</summary>
    public Uri EnvironmentUri() => new(Url.TrimEnd('/'), UriKind.Absolute);
}
