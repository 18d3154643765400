using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.Pipeline;

/// <summary>What a step needs from the platform for one execution; an interface so services can be tested without a pipeline.</summary>
public interface ILocalPluginContext
{
    IPluginExecutionContext ExecutionContext { get; }

    /// <summary>Runs as the step's user (the registration's impersonation, else the calling user).</summary>
    IOrganizationService PluginUserService { get; }

    /// <summary>Runs as the user who started the operation, for checks that must honour that user's rights.</summary>
    IOrganizationService InitiatingUserService { get; }

    /// <summary>
    /// Runs as SYSTEM: for reading configuration (catalogue, environment variables, roles) and writing the
    /// solution's own records (history, ledger), so every intake channel works without extra privileges.
    /// </summary>
    IOrganizationService SystemService { get; }

    /// <summary>When the platform accepted the operation (UTC): the one clock rules use inside a plug-in.</summary>
    DateTime OperationTime { get; }

    /// <summary>The Target of a Create or Update; a clear error when the step is registered on anything else.</summary>
    Entity GetTarget();

    /// <summary>The named image, or an error naming the missing registration so an admin can fix it.</summary>
    Entity GetPreImage(string alias);

    /// <summary>The named post-image, or an error naming the missing registration.</summary>
    Entity GetPostImage(string alias);

    void Trace(string message);
}
