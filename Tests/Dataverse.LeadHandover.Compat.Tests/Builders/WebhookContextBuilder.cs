using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Compat.Tests.Builders;

/// <summary>Builds the execution context Dataverse posts to a webhook for a PostOperation lead update.</summary>
internal sealed class WebhookContextBuilder
{
    public static readonly DateTime OperationCreatedOnUtc = new(2024, 8, 2, 7, 0, 39, DateTimeKind.Utc);

    private Entity _target = new LeadBuilder().WithSubject("Fleet renewal").Build();
    private Entity? _postImage;
    private RemoteExecutionContext? _parent;

    public WebhookContextBuilder WithTarget(Entity target)
    {
        _target = target;
        return this;
    }

    public WebhookContextBuilder WithPostImage(Entity image)
    {
        _postImage = image;
        return this;
    }

    public WebhookContextBuilder WithParent(RemoteExecutionContext parent)
    {
        _parent = parent;
        return this;
    }

    public RemoteExecutionContext Build()
    {
        var context = new RemoteExecutionContext
        {
            MessageName = "Update",
            PrimaryEntityName = "lead",
            PrimaryEntityId = _target.Id,
            SecondaryEntityName = "none",
            Stage = 40,
            Mode = 1,
            IsolationMode = 1,
            Depth = 1,
            UserId = KnownIds.SalesUser,
            InitiatingUserId = KnownIds.SalesUser,
            BusinessUnitId = KnownIds.BusinessUnit,
            OrganizationId = KnownIds.Organization,
            OrganizationName = "unqleadhandover",
            CorrelationId = KnownIds.Correlation,
            OperationId = KnownIds.Operation,
            OperationCreatedOn = OperationCreatedOnUtc,
            OwningExtension = new EntityReference("sdkmessageprocessingstep", KnownIds.Step),
            InitiatingUserAgent = string.Empty,
            ParentContext = _parent,
        };
        context.InputParameters["Target"] = _target;
        context.SharedVariables["IsAutoTransact"] = true;
        if (_postImage != null)
        {
            context.PostEntityImages["PostImage"] = _postImage;
        }

        return context;
    }
}
