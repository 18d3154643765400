using System;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>The <c>lh_SweepSettings</c> or <c>lh_HandoverPolicy</c> environment variable cannot be used; the message says why.</summary>
public sealed class SweepSettingsException : Exception
{
    public SweepSettingsException()
    {
    }

    public SweepSettingsException(string message)
        : base(message)
    {
    }

    public SweepSettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
