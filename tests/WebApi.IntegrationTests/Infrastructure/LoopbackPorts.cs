using System.Net;
using System.Net.Sockets;

namespace CustomiseYou.WebApi.IntegrationTests.Infrastructure;

public static class LoopbackPorts
{
    /// <summary>A loopback port nothing listens on now, for a host the test starts itself.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
