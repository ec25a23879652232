using System.Text.Json;
using Azure.Identity;
using Microsoft.Azure.Cosmos;

namespace Convening.Storage.Cosmos;

/// <summary>
/// One Cosmos DB database with two containers, created if missing: "grains" (partition key /pk,
/// one partition per grain) and "events" (partition key /stream, one partition per board or journal).
/// The SDK retries 429 (throttled) answers itself, waiting as the service asks.
/// </summary>
public sealed class CosmosStore : IDisposable
{
    private readonly CosmosClient _client;
    private readonly CosmosStorageOptions _options;
    private readonly Lazy<Task<(Container Grains, Container Events)>> _containers;

    public CosmosStore(CosmosStorageOptions options)
    {
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out _))
            throw new InvalidOperationException($"Convening:Cosmos:Endpoint must be the account's https address; it is '{options.Endpoint}'.");
        _options = options;
        var clientOptions = new CosmosClientOptions
        {
            UseSystemTextJsonSerializerWithOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web),
            MaxRetryAttemptsOnRateLimitedRequests = 9,
            MaxRetryWaitTimeOnRateLimitedRequests = TimeSpan.FromSeconds(30),
            RequestTimeout = TimeSpan.FromSeconds(10),
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
        _containers = new(Create);
    }

    public async Task<Container> Grains() => (await _containers.Value).Grains;

    public async Task<Container> Events() => (await _containers.Value).Events;

    public void Dispose() => _client.Dispose();

    private async Task<(Container, Container)> Create()
    {
        Database database = await _client.CreateDatabaseIfNotExistsAsync(_options.Database, _options.DatabaseThroughput);
        Container grains = await database.CreateContainerIfNotExistsAsync("grains", "/pk");
        Container events = await database.CreateContainerIfNotExistsAsync("events", "/stream");
        return (grains, events);
    }
}
