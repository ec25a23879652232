namespace Convening.Storage.Cosmos;

/// <summary>The "Convening:Cosmos" configuration section.</summary>
public sealed class CosmosStorageOptions
{
    /// <summary>The account endpoint, e.g. https://convening.documents.azure.com:443/.</summary>
    public string Endpoint { get; set; } = "";

    /// <summary>An account key; leave empty to sign in with the app's managed identity (production).</summary>
    public string? Key { get; set; }

    public string Database { get; set; } = "convening";

    /// <summary>Throughput for a database created here (400 RU/s shared); ignored if it exists.</summary>
    public int DatabaseThroughput { get; set; } = 400;

    /// <summary>Gateway mode over HTTPS only to the given endpoint; needed by emulators.</summary>
    public bool GatewayOnly { get; set; }

    /// <summary>Accept any TLS certificate. Only for a local emulator with a self-signed certificate.</summary>
    public bool AcceptAnyCertificate { get; set; }
}
