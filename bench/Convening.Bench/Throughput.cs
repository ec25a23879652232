using System.Diagnostics;
using Convening.Contracts.Boards;
using Microsoft.AspNetCore.SignalR.Client;

namespace Convening.Bench;

/// <summary>
/// Cards added per second, one after another over the hub, on a board already holding N cards.
/// Rounds on the small and the large board alternate, and the median round counts, so load from
/// anything else on the machine falls on both alike.
/// </summary>
public static class Throughput
{
    public static async Task<(double Small, double Large)> Compare(BenchHost host, People people, int small, int large, int adds, int rounds = 5)
    {
        var client = Connections.Board(host, people.FacilitatorToken);
        await client.StartAsync();
        var a = await Filled(people, client, small);
        var b = await Filled(people, client, large);
        var smallRates = new List<double>();
        var largeRates = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            smallRates.Add(await Rate(client, a, adds));
            largeRates.Add(await Rate(client, b, adds));
        }
        await client.DisposeAsync();
        return (Median(smallRates), Median(largeRates));
    }

    private static async Task<(string BoardId, string LaneId)> Filled(People people, HubConnection client, int existing)
    {
        var board = await people.OpenBoard();
        // Filling concurrently keeps setup short; the grain still writes one change at a time.
        for (var done = 0; done < existing; done += 50)
            await Task.WhenAll(Enumerable.Range(done, Math.Min(50, existing - done))
                .Select(i => client.InvokeAsync<long>("Do", board.BoardId, new AddCard(board.LaneId, $"existing {i}"))));
        return board;
    }

    private static async Task<double> Rate(HubConnection client, (string BoardId, string LaneId) board, int adds)
    {
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < adds; i++)
            await client.InvokeAsync<long>("Do", board.BoardId, new AddCard(board.LaneId, $"measured {i}"));
        return adds / Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
