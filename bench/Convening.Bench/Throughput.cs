using System.Diagnostics;
using Convening.Contracts.Boards;
using Microsoft.AspNetCore.SignalR.Client;

namespace Convening.Bench;

/// <summary>Cards added per second, one after another over the hub, on a board already holding N cards.</summary>
public static class Throughput
{
    public static async Task<double> Measure(BenchHost host, People people, int existing, int adds)
    {
        var (boardId, laneId) = await people.OpenBoard(host);
        var client = Connections.Board(host, people.FacilitatorToken);
        await client.StartAsync();
        await client.InvokeAsync<object>("Join", boardId, 0L);
        // Filling the board concurrently keeps setup short; the grain still writes one at a time.
        for (var done = 0; done < existing; done += 50)
            await Task.WhenAll(Enumerable.Range(done, Math.Min(50, existing - done))
                .Select(i => client.InvokeAsync<long>("Do", boardId, new AddCard(laneId, $"existing {i}"))));
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < adds; i++)
            await client.InvokeAsync<long>("Do", boardId, new AddCard(laneId, $"measured {i}"));
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        await client.DisposeAsync();
        return adds / seconds;
    }
}
