using System.Collections.Generic;

namespace Dataverse.LeadHandover.Plugins.FollowUp;

/// <summary>
/// The out-of-the-box activity tables that count as contact attempts, and the columns read from them. Each has
/// statecode 1 = Completed (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/phonecall,
/// task, email, appointment).
/// </summary>
public static class ActivityTables
{
    public const string PhoneCall = "phonecall";

    public const string Task = "task";

    public const string Email = "email";

    public const string Appointment = "appointment";

    public const string RegardingObjectId = "regardingobjectid";

    public const string ActualEnd = "actualend";

    public const string ModifiedOn = "modifiedon";

    public const string StateCode = "statecode";

    public const int CompletedState = 1;

    public static readonly IReadOnlyList<string> ContactAttempts = new[] { PhoneCall, Email, Appointment, Task };
}
