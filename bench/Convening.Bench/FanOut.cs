using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Convening.Contracts.Boards;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Convening.Bench;

public sealed record Percentiles(double P50, double P95, double P99)
{
    public static Percentiles Of(List<double> samples)
    {
        samples.Sort();
        double At(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p * samples.Count) - 1)];
        return new(At(0.50), At(0.95), At(0.99));
    }
}

/// <summary>Time from sending a change until the last of N WebSocket watchers has it.</summary>
public static class FanOut
{
    public static async Task<Percentiles> Board(BenchHost host, People people, int watchers, int iterations)
    {
        var (boardId, laneId) = await people.OpenBoard();
        var round = new Round(watchers);
        var connections = new List<HubConnection>();
        for (var i = 0; i < watchers; i++)
        {
            var c = Connections.Board(host, people.MemberToken);
            c.On<string, BoardChange>("Changed", (_, change) => round.Received(change.Event is CardAdded a ? a.Text : null));
            await c.StartAsync();
            await c.InvokeAsync<object>("Join", boardId, 0L);
            connections.Add(c);
        }
        var adder = Connections.Board(host, people.FacilitatorToken);
        await adder.StartAsync();
        var samples = await Measure(iterations, round, text => adder.InvokeAsync<long>("Do", boardId, new AddCard(laneId, text)));
        await Connections.Close([.. connections, adder]);
        return Percentiles.Of(samples);
    }

    /// <summary>
    /// As <see cref="Board"/>, but timed from when this web host is told of the durable change by the
    /// board's grain (an observer of the bench's own, subscribed before the watchers' host, so it is
    /// told first) until the last watcher has it: the fan-out alone, as the raw broadcast is timed.
    /// </summary>
    public static async Task<(Percentiles FromHost, Percentiles FromDo)> BoardFromHost(BenchHost host, People people, int watchers, int iterations)
    {
        var (boardId, laneId) = await people.OpenBoard();
        var round = new Round(watchers);
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var stamp = new Stamp(round);
        var reference = grains.CreateObjectReference<IBoardObserver>(stamp);
        await grains.GetGrain<IBoardGrain>(boardId).Watch(reference);
        var connections = new List<HubConnection>();
        for (var i = 0; i < watchers; i++)
        {
            var c = Connections.Board(host, people.MemberToken);
            c.On<string, BoardChange>("Changed", (_, change) => round.Received(change.Event is CardAdded a ? a.Text : null));
            await c.StartAsync();
            await c.InvokeAsync<object>("Join", boardId, 0L);
            connections.Add(c);
        }
        var adder = Connections.Board(host, people.FacilitatorToken);
        await adder.StartAsync();
        var fromHost = new List<double>();
        var fromDo = new List<double>();
        for (var i = -10; i < iterations; i++)
        {
            var text = $"bench {i}";
            var done = round.Expect(text);
            var start = Stopwatch.GetTimestamp();
            await adder.InvokeAsync<long>("Do", boardId, new AddCard(laneId, text));
            var end = await done.WaitAsync(TimeSpan.FromSeconds(30));
            if (i < 0)
                continue;
            fromHost.Add(Stopwatch.GetElapsedTime(round.StartedAt, end).TotalMilliseconds);
            fromDo.Add(Stopwatch.GetElapsedTime(start, end).TotalMilliseconds);
        }
        await grains.GetGrain<IBoardGrain>(boardId).Unwatch(reference);
        // Orleans holds an object reference's target weakly: keep the stamp alive to the end.
        GC.KeepAlive(stamp);
        await Connections.Close([.. connections, adder]);
        return (Percentiles.Of(fromHost), Percentiles.Of(fromDo));
    }

    private sealed class Stamp(Round round) : IBoardObserver
    {
        public Task Changed(string boardId, BoardChange change)
        {
            if (change.Event is CardAdded a)
                round.Started(a.Text);
            return Task.CompletedTask;
        }

        public Task ChangedFor(string boardId, string personId, BoardChange own, BoardChange others) => Changed(boardId, others);

        public Task PresenceChanged(string boardId, IReadOnlyList<PresentPerson> present) => Task.CompletedTask;
    }

    public static async Task<Percentiles> Raw(RawBroadcast raw, int watchers, int iterations)
    {
        var round = new Round(watchers);
        var connections = new List<HubConnection>();
        for (var i = 0; i < watchers; i++)
        {
            var c = new HubConnectionBuilder().WithUrl(raw.Url, o => { o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets; o.SkipNegotiation = true; }).Build();
            c.On<string, BoardChange>("Changed", (_, change) => round.Received(change.Event is CardAdded a ? a.Text : null));
            await c.StartAsync();
            await c.InvokeAsync("Join", "g");
            connections.Add(c);
        }
        var samples = await Measure(iterations, round, text => raw.Hub.Clients.Group("g").SendAsync("Changed", "raw",
            new BoardChange(1, DateTimeOffset.UtcNow, new BoardPerson("p", "Bench"), new CardAdded("card", "lane", text, "yellow"))));
        await Connections.Close(connections);
        return Percentiles.Of(samples);
    }

    private static async Task<List<double>> Measure(int iterations, Round round, Func<string, Task> send)
    {
        var samples = new List<double>();
        for (var i = -10; i < iterations; i++)
        {
            var done = round.Expect($"bench {i}");
            var start = Stopwatch.GetTimestamp();
            await send($"bench {i}");
            var end = await done.WaitAsync(TimeSpan.FromSeconds(30));
            if (i >= 0)
                samples.Add(Stopwatch.GetElapsedTime(start, end).TotalMilliseconds);
        }
        return samples;
    }

    /// <summary>One message in flight at a time; completes when every watcher has had it.</summary>
    private sealed class Round(int watchers)
    {
        private string? _text;
        private int _count;
        private TaskCompletionSource<long> _done = new();

        /// <summary>When the bench's own observer heard of the current message (see <see cref="BoardFromHost"/>).</summary>
        public long StartedAt { get; private set; }

        public void Started(string text)
        {
            if (text == Volatile.Read(ref _text))
                StartedAt = Stopwatch.GetTimestamp();
        }

        public Task<long> Expect(string text)
        {
            _done = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            _count = 0;
            Volatile.Write(ref _text, text);
            return _done.Task;
        }

        public void Received(string? text)
        {
            var now = Stopwatch.GetTimestamp();
            if (text == Volatile.Read(ref _text) && Interlocked.Increment(ref _count) == watchers)
                _done.TrySetResult(now);
        }
    }
}
