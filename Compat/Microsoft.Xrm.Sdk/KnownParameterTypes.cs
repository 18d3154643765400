// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.parametercollection (the value types its GetKnownParameterTypes supplies)
#nullable disable
using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk;

// The data contract serializer only recognises SDK values stored in `object` slots (attributes,
// parameters, condition values) when they are declared as known types on the containing contract.
internal static class KnownParameterTypes
{
    private static readonly Type[] Types =
    {
        typeof(bool[]),
        typeof(int[]),
        typeof(long[]),
        typeof(string[]),
        typeof(double[]),
        typeof(decimal[]),
        typeof(Guid),
        typeof(Guid[]),
        typeof(DateTime),
        typeof(DateTime[]),
        typeof(object[]),
        typeof(Entity),
        typeof(Entity[]),
        typeof(EntityReference),
        typeof(EntityReference[]),
        typeof(EntityCollection),
        typeof(EntityReferenceCollection),
        typeof(EntityImageCollection),
        typeof(OptionSetValue),
        typeof(OptionSetValueCollection),
        typeof(Money),
        typeof(AliasedValue),
        typeof(Relationship),
        typeof(RelationshipQueryCollection),
        typeof(KeyAttributeCollection),
        typeof(ConcurrencyBehavior),
        typeof(EntityState),
        typeof(ExecuteMultipleSettings),
        typeof(OrganizationRequest),
        typeof(OrganizationResponse),
        typeof(OrganizationRequestCollection),
        typeof(OrganizationResponseCollection),
        typeof(ExecuteMultipleResponseItemCollection),
        typeof(UpsertResponse),
        typeof(ColumnSet),
        typeof(QueryBase),
        typeof(QueryExpression),
        typeof(QueryByAttribute),
        typeof(FetchExpression),
        typeof(PagingInfo),
    };

    internal static IEnumerable<Type> All() => Types;
}
