using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace Dataverse.LeadHandover.Functions.Options;

/// <summary>
/// The storage queue between the webhook and the Teams sender (section <c>Queues</c>). The queue trigger reads the
/// same two settings (<c>Connection = "Queues:Connection"</c>, <c>%Queues:NotificationQueueName%</c>), so sender and
/// receiver cannot disagree.
/// </summary>
public sealed class QueueOptions : IValidatableObject
{
    public const string SectionName = "Queues";

    /// <summary>The setting name the queue trigger's <c>Connection</c> points at.</summary>
    public const string ConnectionSetting = SectionName + ":" + nameof(Connection);

    /// <summary>The binding expression the queue trigger's queue name uses.</summary>
    public const string NotificationQueueNameExpression = "%" + SectionName + ":" + nameof(NotificationQueueName) + "%";

    /// <summary>Secret: a storage connection string (<c>UseDevelopmentStorage=true</c> for Azurite). Locally only.</summary>
    public string Connection { get; set; } = string.Empty;

    /// <summary>
    /// The identity-based form of the same setting (<c>Queues:Connection:queueServiceUri</c>), which the queue trigger
    /// also understands: in Azure the app reaches storage with its managed identity and holds no key.
    /// </summary>
    [ConfigurationKeyName(nameof(Connection))]
    public QueueIdentityConnection? IdentityConnection { get; set; }

    /// <summary>
    /// The queue of handovers to announce in Teams; its poison queue is this name plus <c>-poison</c>, so the name
    /// leaves room for that within storage's 63 characters.
    /// </summary>
    [Required(ErrorMessage = "Set Queues:NotificationQueueName (app setting Queues__NotificationQueueName), e.g. lh-handover-notifications.")]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,54}[a-z0-9]$", ErrorMessage = "Queues:NotificationQueueName (app setting Queues__NotificationQueueName) must be 3 to 56 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.")]
    public string NotificationQueueName { get; set; } = string.Empty;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Connection) && IdentityConnection?.QueueServiceUri is null)
        {
            yield return new ValidationResult(
                "Set Queues:Connection (app setting Queues__Connection) to a storage connection string, or Queues:Connection:queueServiceUri (app setting Queues__Connection__queueServiceUri) to use the app's managed identity.",
                [nameof(Connection)]);
        }
    }
}
