namespace Dataverse.LeadHandover.Sandbox.Hosting;

/// <summary>How to start the web sandbox (from the command line, or from tests).</summary>
/// <param name="StatePath">The state file; read at start unless <see cref="Reset"/>, written while running and at stop.</param>
/// <param name="Port">The loopback port, or null for a free one.</param>
/// <param name="Reset">Start from a freshly seeded organization, replacing the saved state.</param>
/// <param name="ClockRunning">Let sandbox time move with real time (interactive use); frozen, it moves only when told.</param>
/// <param name="Quiet">Log warnings and errors only (tests).</param>
internal sealed record SandboxOptions(string StatePath, int? Port = null, bool Reset = false, bool ClockRunning = true, bool Quiet = false);
