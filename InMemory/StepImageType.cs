namespace Dataverse.LeadHandover.InMemory;

/// <summary>Which entity images a step receives, numbered as <c>sdkmessageprocessingstepimage.imagetype</c>.</summary>
public enum StepImageType
{
    /// <summary>The row before the main operation.</summary>
    PreImage = 0,

    /// <summary>The row after the main operation (PostOperation only).</summary>
    PostImage = 1,

    /// <summary>Both images under the same alias.</summary>
    Both = 2,
}
