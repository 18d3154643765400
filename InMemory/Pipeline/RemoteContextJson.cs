using System.IO;
using System.Runtime.Serialization.Json;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>
/// The body Dataverse POSTs to a webhook: the execution context as a <c>RemoteExecutionContext</c> serialized by
/// <c>DataContractJsonSerializer</c> (https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks).
/// </summary>
internal static class RemoteContextJson
{
    public static string Serialize(IExecutionContext context)
    {
        var serializer = new DataContractJsonSerializer(typeof(RemoteExecutionContext));
        using var stream = new MemoryStream();
        serializer.WriteObject(stream, ToRemote(context));
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static RemoteExecutionContext ToRemote(IExecutionContext context)
    {
        var remote = new RemoteExecutionContext
        {
            BusinessUnitId = context.BusinessUnitId,
            CorrelationId = context.CorrelationId,
            Depth = context.Depth,
            InitiatingUserId = context.InitiatingUserId,
            IsExecutingOffline = context.IsExecutingOffline,
            IsInTransaction = context.IsInTransaction,
            IsOfflinePlayback = context.IsOfflinePlayback,
            IsolationMode = context.IsolationMode,
            MessageName = context.MessageName,
            Mode = context.Mode,
            OperationCreatedOn = context.OperationCreatedOn,
            OperationId = context.OperationId,
            OrganizationId = context.OrganizationId,
            OrganizationName = context.OrganizationName,
            OwningExtension = context.OwningExtension,
            PrimaryEntityId = context.PrimaryEntityId,
            PrimaryEntityName = context.PrimaryEntityName,
            RequestId = context.RequestId,
            SecondaryEntityName = context.SecondaryEntityName,
            UserId = context.UserId,
        };
        remote.InputParameters.AddRange(context.InputParameters);
        remote.OutputParameters.AddRange(context.OutputParameters);
        remote.SharedVariables.AddRange(context.SharedVariables);
        remote.PreEntityImages.AddRange(context.PreEntityImages);
        remote.PostEntityImages.AddRange(context.PostEntityImages);
        if (context is IPluginExecutionContext plugin)
        {
            remote.Stage = plugin.Stage;
            if (plugin.ParentContext is { } parent)
            {
                remote.ParentContext = ToRemote(parent);
            }
        }

        return remote;
    }
}
