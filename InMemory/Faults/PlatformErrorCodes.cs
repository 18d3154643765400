namespace Dataverse.LeadHandover.InMemory.Faults;

/// <summary>
/// Error codes the pipeline raises itself (the Store raises the data ones). Codes marked UNVERIFIED could not be
/// confirmed from a Microsoft source; tests should not pin them as platform facts.
/// </summary>
internal static class PlatformErrorCodes
{
    /// <summary>0x80040265 IsvAborted: a plug-in threw InvalidPluginExecutionException
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/use-invalidpluginexecutionexception-plugin-workflow-activities).</summary>
    public const int IsvAborted = -2147220891;

    /// <summary>0x80040224 IsvUnExpected: a plug-in threw any other exception
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions).</summary>
    public const int IsvUnExpected = -2147220956;

    /// <summary>"There is no active transaction…" (https://learn.microsoft.com/power-apps/developer/data-platform/troubleshoot-plug-in).</summary>
    public const int NoActiveTransaction = -2147220911;

    /// <summary>"ISV code reduced the open transaction count…" (same page).</summary>
    public const int IsvReducedTransactionCount = -2146893812;

    /// <summary>0x80040203 InvalidArgument; used (UNVERIFIED as the platform's choice) for refused request shapes.</summary>
    public const int InvalidArgument = -2147220989;

    /// <summary>0x80040216 UnExpected; used (UNVERIFIED) for a request name no message or custom API answers to.</summary>
    public const int UnExpected = -2147220970;
}
