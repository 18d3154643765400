namespace Dataverse.LeadHandover.InMemory;

/// <summary>Event pipeline stage, numbered as <c>IPluginExecutionContext.Stage</c> reports it.</summary>
public enum PipelineStage
{
    /// <summary>Before the main operation, outside the database transaction of a top-level call.</summary>
    PreValidation = 10,

    /// <summary>Before the main operation, inside the transaction.</summary>
    PreOperation = 20,

    /// <summary>The platform's own work (custom API plug-ins run here); no steps can be registered.</summary>
    MainOperation = 30,

    /// <summary>After the main operation; synchronous steps run inside the transaction.</summary>
    PostOperation = 40,
}
