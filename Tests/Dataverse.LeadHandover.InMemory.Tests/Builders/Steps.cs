using System;

namespace Dataverse.LeadHandover.InMemory.Tests.Builders;

/// <summary>Step registrations for tests; the unsecure configuration carries the recording key or the plug-in's argument.</summary>
internal static class Steps
{
    public static StepRegistration On<TPlugin>(string message, string? entity, PipelineStage stage, string configuration, StepMode mode = StepMode.Synchronous) =>
        new($"{typeof(TPlugin).Name}: {message} of {entity ?? "any"} ({stage})", message, entity, stage, mode, typeof(TPlugin))
        {
            UnsecureConfiguration = configuration,
        };

    public static string NewKey() => Guid.NewGuid().ToString("N");
}
