// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iorganizationservicefactory
#nullable disable
using System;

namespace Microsoft.Xrm.Sdk;

public interface IOrganizationServiceFactory
{
    IOrganizationService CreateOrganizationService(Guid? userId);
}
