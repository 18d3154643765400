namespace Dataverse.LeadHandover.Functions.Acknowledgement;

/// <summary>A one-button form that posts the link token back to the same page.</summary>
/// <param name="Action">The page to post to, relative to the current one (e.g. <c>acknowledge</c>).</param>
/// <param name="Token">The link token, carried in a hidden field.</param>
/// <param name="SubmitLabel">The button's text.</param>
/// <param name="AsksForReason">Whether the form has the mandatory reason box (the reject form).</param>
public sealed record HtmlForm(string Action, string Token, string SubmitLabel, bool AsksForReason)
{
    /// <summary>Shown above the reason box when the last post lacked a reason.</summary>
    public string? Error { get; init; }
}
