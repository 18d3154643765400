// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.powerplatform.dataverse.client.extensions.generalextensions
// Stands in for GetMyUserId only; the other extensions are not used here.
#nullable disable
#if NET
using System;

namespace Microsoft.PowerPlatform.Dataverse.Client.Extensions;

public static class GeneralExtensions
{
    // Microsoft's reads ServiceClient.SystemUser, which asks Dataverse WhoAmI the first time and keeps the answer.
    public static Guid GetMyUserId(this ServiceClient serviceClient) => serviceClient.CurrentUserId();
}
#endif
