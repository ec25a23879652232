using System.Net;
using System.Net.Sockets;

namespace Convening.Testing;

/// <summary>Free loopback ports: Orleans does not complain when a port is taken, so every host asks here.</summary>
public static class FreePort
{
    private static readonly HashSet<int> Given = [];

    public static int Next()
    {
        lock (Given)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (Given.Add(port))
                    return port;
            }
        }
    }
}
