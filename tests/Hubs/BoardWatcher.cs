using System.Collections.Concurrent;
using System.Text.Json.Serialization;
using Convening.Contracts.Boards;
using Convening.Web.Hubs;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Convening.Testing.Boards;

/// <summary>A real SignalR client on the board hub (WebSockets), recording what it is sent.</summary>
public sealed class BoardWatcher : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ConcurrentQueue<BoardChange> _changes = new();
    private readonly ConcurrentQueue<IReadOnlyList<PresentPerson>> _presence = new();
    private readonly ConcurrentQueue<string> _ended = new();
    private readonly ConcurrentQueue<string> _raw = new();

    public BoardWatcher(Uri server, string token)
    {
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server, "/hubs/boards"), o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            })
            .AddJsonProtocol(o =>
            {
                o.PayloadSerializerOptions.AllowOutOfOrderMetadataProperties = true;
                o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter());
            })
            .Build();
        _connection.On<string, BoardChange>(nameof(IBoardClient.Changed), (_, change) =>
        {
            _raw.Enqueue(System.Text.Json.JsonSerializer.Serialize(change));
            _changes.Enqueue(change);
        });
        _connection.On<string, IReadOnlyList<PresentPerson>>(nameof(IBoardClient.Presence), (_, present) => _presence.Enqueue(present));
        _connection.On<string>(nameof(IBoardClient.AccessEnded), boardId => _ended.Enqueue(boardId));
    }

    public IReadOnlyList<BoardChange> Changes => [.. _changes];

    public IReadOnlyList<IReadOnlyList<PresentPerson>> PresenceUpdates => [.. _presence];

    /// <summary>Boards the server said this connection may no longer watch (its person left the group).</summary>
    public IReadOnlyList<string> AccessEnded => [.. _ended];

    public async Task<BoardWatcher> Connect()
    {
        await _connection.StartAsync();
        return this;
    }

    public Task<BoardJoined> Join(string boardId, long lastVersion = 0) => _connection.InvokeAsync<BoardJoined>("Join", boardId, lastVersion);

    public Task<long> Do(string boardId, BoardCommand command) => _connection.InvokeAsync<long>("Do", boardId, command);

    public Task Here(string boardId, string? laneId) => _connection.SendAsync("Here", boardId, laneId);

    public Task Working(string boardId, string? laneId, string? cardId, string? activity) => _connection.SendAsync("Working", boardId, laneId, cardId, activity);

    public Task<IReadOnlyList<BoardChange>> Since(string boardId, long version) => _connection.InvokeAsync<IReadOnlyList<BoardChange>>("Since", boardId, version);

    public Task<LanePage> More(string boardId, string laneId, int from) => _connection.InvokeAsync<LanePage>("More", boardId, laneId, from);

    /// <summary>Every message this connection was sent, as the JSON it arrived in (to show what never reached it).</summary>
    public string Traffic => string.Join("\n", _raw);

    public Task Stop() => _connection.StopAsync();

    /// <summary>Waits (up to 10 s) until a condition on what was received holds.</summary>
    public async Task Until(Func<BoardWatcher, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition(this))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Timed out waiting for {what}; received {_changes.Count} changes, {_presence.Count} presence updates.");
            await Task.Delay(20);
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
