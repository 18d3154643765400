using System;
using Dataverse.LeadHandover.Plugins.Handover;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>Users' names and managers.</summary>
public interface IUserDirectory
{
    UserSummary? Find(Guid userId);
}
