using System.Net;
using System.Net.Sockets;

namespace Dataverse.LeadHandover.Sandbox.Hosting;

/// <summary>
/// A loopback port nobody listens on. Chosen before the server starts because the Functions' settings (their public
/// URL, the Teams workflow URL) must name the sandbox's own address when the host is built.
/// </summary>
internal static class FreePort
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
