using System.Diagnostics;
using System.Diagnostics.Metrics;
using Convening.Contracts;
using Microsoft.AspNetCore.SignalR;
using Convening.Contracts.Boards;
using Microsoft.AspNetCore.SignalR.Client;

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

/// <summary>Time from a change until the last of N WebSocket watchers has it.</summary>
public static class FanOut
{
    /// <summary>
    /// The board's fan-out and a raw SignalR group broadcast of the same payload, one message each in
    /// turn (which goes first alternates), so that load from elsewhere on the machine falls on both alike.
    /// The board's time runs from the moment its grain has the change durable, read from the grain's
    /// changes counter (<see cref="ConveningMetrics.BoardChanges"/>, counted just before the grain
    /// notifies its observers), until the last of N watchers has it: the Orleans hop to this web host
    /// and the host's broadcast. The raw time runs from the group send until the last watcher has it.
    /// </summary>
    public static async Task<(Percentiles Board, Percentiles Raw, Percentiles FromDo)> BoardBesideRaw(
        BenchHost host, People people, RawBroadcast raw, int watchers, int iterations)
    {
        var (boardId, laneId) = await people.OpenBoard();
        var boardRound = new Round(watchers);
        var rawRound = new Round(watchers);
        // The change as the board's watchers received it: the raw baseline broadcasts the same, with its own marker text.
        BoardChange? sent = null;
        var connections = new List<HubConnection>();
        for (var i = 0; i < watchers; i++)
        {
            var c = Connections.Board(host, people.MemberToken);
            c.On<string, BoardChange>("Changed", (_, change) =>
            {
                if (change.Event is not CardAdded added)
                    return;
                sent = change;
                boardRound.Received(added.Text);
            });
            await c.StartAsync();
            await c.InvokeAsync<object>("Join", boardId, 0L);
            connections.Add(c);
            var r = Connections.Raw(raw);
            r.On<string, BoardChange>("Changed", (_, change) => rawRound.Received(change.Event is CardAdded a ? a.Text : null));
            await r.StartAsync();
            await r.InvokeAsync("Join", "g");
            connections.Add(r);
        }
        var adder = Connections.Board(host, people.FacilitatorToken);
        await adder.StartAsync();
        long durableAt = 0;
        using var counter = new MeterListener();
        counter.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument == ConveningMetrics.BoardChanges)
                listener.EnableMeasurementEvents(instrument);
        };
        counter.SetMeasurementEventCallback<long>((_, _, _, _) => Interlocked.CompareExchange(ref durableAt, Stopwatch.GetTimestamp(), 0));
        counter.Start();

        var (board, rawSamples, fromDo) = (new List<double>(), new List<double>(), new List<double>());
        for (var i = -10; i < iterations; i++)
        {
            var text = $"bench {i}";
            async Task Board()
            {
                var done = boardRound.Expect(text);
                Interlocked.Exchange(ref durableAt, 0);
                var start = Stopwatch.GetTimestamp();
                await adder.InvokeAsync<long>("Do", boardId, new AddCard(laneId, text));
                var end = await done.WaitAsync(TimeSpan.FromSeconds(30));
                if (i < 0)
                    return;
                board.Add(Stopwatch.GetElapsedTime(Interlocked.Read(ref durableAt), end).TotalMilliseconds);
                fromDo.Add(Stopwatch.GetElapsedTime(start, end).TotalMilliseconds);
            }
            async Task Raw()
            {
                var done = rawRound.Expect(text);
                var start = Stopwatch.GetTimestamp();
                await raw.Hub.Clients.Group("g").SendAsync("Changed", boardId, sent! with { Event = (CardAdded)sent.Event with { Text = text } });
                var end = await done.WaitAsync(TimeSpan.FromSeconds(30));
                if (i >= 0)
                    rawSamples.Add(Stopwatch.GetElapsedTime(start, end).TotalMilliseconds);
            }
            if (i % 2 == 0)
            {
                await Board();
                await Raw();
            }
            else
            {
                await Raw();
                await Board();
            }
        }
        await Connections.Close([.. connections, adder]);
        return (Percentiles.Of(board), Percentiles.Of(rawSamples), Percentiles.Of(fromDo));
    }

    /// <summary>One message in flight at a time; completes when every watcher has had it.</summary>
    private sealed class Round(int watchers)
    {
        private string? _text;
        private int _count;
        private TaskCompletionSource<long> _done = new();

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
