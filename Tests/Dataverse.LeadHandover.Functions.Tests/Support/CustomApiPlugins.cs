namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>Which plug-ins serve lh_AcknowledgeHandover and lh_RejectHandover in a test organization.</summary>
internal enum CustomApiPlugins
{
    /// <summary><see cref="RecordingAcknowledgePlugin"/> and <see cref="RecordingRejectPlugin"/>: calls are countable.</summary>
    Recording,

    /// <summary>The solution's own plug-ins, as registered in Solution/src.</summary>
    Real,
}
