namespace Dataverse.LeadHandover.Plugins.FollowUp;

/// <summary>lead.statecode values (https://learn.microsoft.com/dynamics365/sales/developer/entities/lead#statecode-choicesstates).</summary>
public static class LeadStates
{
    public const int Open = 0;

    public const int Qualified = 1;

    public const int Disqualified = 2;
}
