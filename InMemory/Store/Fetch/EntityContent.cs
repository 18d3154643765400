using System.Collections.Generic;
using Dataverse.LeadHandover.InMemory.Store.Queries.Model;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Fetch;

/// <summary>What an <c>entity</c> or <c>link-entity</c> element holds: columns, filter, links and orders.</summary>
internal sealed record EntityContent(SelectedColumns Columns, FilterExpression? Criteria, List<LinkModel> Links, List<OrderModel> Orders);
