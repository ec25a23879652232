using System.Text.Json;
using Azure.Identity;
using Microsoft.Azure.Cosmos;

namespace Convening.Storage.Cosmos;

/// <summary>
/// One Cosmos DB database with two containers, created if missing: "grains" (partition key /pk,
/// one partition per grain) and "events" (partition key /stream, one partition per board or journal).
/// Every operation runs within <see cref="CosmosStorageOptions.RequestTimeout"/>. The SDK retries
/// 429 (throttled) answers itself, waiting as the service asks: nothing was done, so a retry is safe.
/// It does not retry a write that got no answer, which may have been stored: that one fails, unacknowledged.
/// </summary>
public sealed class CosmosStore : IDisposable
{
    private readonly CosmosClient _client;
    private readonly CosmosStorageOptions _options;
    private readonly Lock _gate = new();
    private Task<CosmosContainers>? _containers;

    public CosmosStore(CosmosStorageOptions options)
    {
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out _))
            throw new InvalidOperationException($"Convening:Cosmos:Endpoint must be the account's https address; it is '{options.Endpoint}'.");
        if (options.RequestTimeout <= TimeSpan.Zero || options.MaxThrottledRetries < 0 || options.MaxThrottledWait < TimeSpan.Zero)
            throw new InvalidOperationException("Convening:Cosmos:RequestTimeout must be positive, and MaxThrottledRetries and MaxThrottledWait not negative.");
        _options = options;
        var clientOptions = new CosmosClientOptions
        {
            UseSystemTextJsonSerializerWithOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web),
            MaxRetryAttemptsOnRateLimitedRequests = options.MaxThrottledRetries,
            MaxRetryWaitTimeOnRateLimitedRequests = options.MaxThrottledWait,
            RequestTimeout = options.RequestTimeout,
            ApplicationName = "Convening",
        };
        if (options.GatewayOnly)
        {
            clientOptions.ConnectionMode = ConnectionMode.Gateway;
            clientOptions.LimitToEndpoint = true;
        }
        if (options.AcceptAnyCertificate)
            clientOptions.HttpClientFactory = () => new HttpClient(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
            });
        _client = string.IsNullOrEmpty(options.Key)
            ? new CosmosClient(options.Endpoint, new DefaultAzureCredential(), clientOptions)
            : new CosmosClient(options.Endpoint, options.Key, clientOptions);
    }

    /// <summary>Runs a read; <paramref name="what"/> names it in the error ("read of 'note' for …").</summary>
    internal Task<T> Read<T>(string what, Func<CosmosContainers, CancellationToken, Task<T>> operation) =>
        Run(new CosmosOperation(what, Writes: false), operation);

    /// <summary>Runs a write; <paramref name="what"/> names it in the error ("append of version 3 to …").</summary>
    internal Task<T> Write<T>(string what, Func<CosmosContainers, CancellationToken, Task<T>> operation) =>
        Run(new CosmosOperation(what, Writes: true), operation);

    public void Dispose() => _client.Dispose();

    private async Task<T> Run<T>(CosmosOperation operation, Func<CosmosContainers, CancellationToken, Task<T>> run)
    {
        using var deadline = new CancellationTokenSource(_options.RequestTimeout);
        try
        {
            return await run(await Containers(deadline.Token), deadline.Token);
        }
        catch (Exception e) when (CosmosFailures.Unavailable(e, deadline.IsCancellationRequested, operation, _options) is { } unavailable)
        {
            throw unavailable;
        }
    }

    /// <summary>
    /// The containers, created on first use. A failed creation (Cosmos DB throttling or out of reach
    /// at start-up) is not kept: the next use tries again, and so does, once, a caller that was
    /// waiting on it and still has time.
    /// </summary>
    private async Task<CosmosContainers> Containers(CancellationToken cancellation)
    {
        for (var attempt = 1; ; attempt++)
        {
            Task<CosmosContainers> creation;
            lock (_gate)
            {
                if (_containers is null || _containers.IsFaulted || _containers.IsCanceled)
                    _containers = Create();
                creation = _containers;
            }
            try
            {
                return await creation.WaitAsync(cancellation);
            }
            catch (Exception) when (attempt == 1 && creation.IsFaulted && !cancellation.IsCancellationRequested)
            {
                // created again below, within this caller's deadline
            }
        }
    }

    private async Task<CosmosContainers> Create()
    {
        using var deadline = new CancellationTokenSource(_options.RequestTimeout);
        var operation = new CosmosOperation($"creation of database '{_options.Database}' and its containers", Writes: false);
        try
        {
            Database database = await _client.CreateDatabaseIfNotExistsAsync(_options.Database, _options.DatabaseThroughput, cancellationToken: deadline.Token);
            Container grains = await database.CreateContainerIfNotExistsAsync("grains", "/pk", cancellationToken: deadline.Token);
            Container events = await database.CreateContainerIfNotExistsAsync("events", "/stream", cancellationToken: deadline.Token);
            return new CosmosContainers(grains, events);
        }
        catch (Exception e) when (CosmosFailures.Unavailable(e, deadline.IsCancellationRequested, operation, _options) is { } unavailable)
        {
            throw unavailable;
        }
    }
}

internal sealed record CosmosContainers(Container Grains, Container Events);
