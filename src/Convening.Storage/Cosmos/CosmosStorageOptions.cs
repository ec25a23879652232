namespace Convening.Storage.Cosmos;

/// <summary>The "Convening:Cosmos" configuration section.</summary>
public sealed class CosmosStorageOptions
{
    public const string Section = "Convening:Cosmos";

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

    /// <summary>
    /// How long one storage operation may take, the SDK's own retries included, before it fails with
    /// "storage.timeout". Below Orleans' 30 s grain-call timeout, so a person is told why.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many times a throttled (429) request is retried, after the wait Cosmos DB asks for.</summary>
    public int MaxThrottledRetries { get; set; } = 9;

    /// <summary>
    /// The most time spent waiting between those retries, in all, before failing with "storage.throttled".
    /// Keep it below <see cref="RequestTimeout"/>, so that throttling is reported as throttling.
    /// </summary>
    public TimeSpan MaxThrottledWait { get; set; } = TimeSpan.FromSeconds(5);
}
