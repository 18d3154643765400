// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.powerplatform.dataverse.client.authenticationtype
#nullable disable
// Microsoft.PowerPlatform.Dataverse.Client is .NET-only here: net462 code compiles against CoreAssemblies, which has no such namespace.
#if NET

namespace Microsoft.PowerPlatform.Dataverse.Client;

public enum AuthenticationType
{
    InvalidConnection = -1,
    AD = 0,
    OAuth = 5,
    Certificate = 6,
    ClientSecret = 7,
    ExternalTokenManagement = 99,
}
#endif
