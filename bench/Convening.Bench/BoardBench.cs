namespace Convening.Bench;

// Board benchmarks (not a test): run with
//   dotnet run -c Release --project bench/Convening.Bench -- [iterations]
// Prints Markdown for docs/performance.md.
public static class BoardBench
{
    public static async Task Main(string[] args)
    {
        var iterations = args.Length > 0 ? int.Parse(args[0]) : 100;

        await using var host = new BenchHost();
        var people = await People.Create(host);

        Console.WriteLine($"# Board benchmarks ({Environment.ProcessorCount} cores, {iterations} iterations each)\n");
        Console.WriteLine("## Fan-out: a card added until every watcher has it\n");
        Console.WriteLine("| watchers | board p50 ms | p95 | p99 | raw SignalR p50 ms | p95 | p99 | p50 ratio |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        await using (var raw = await RawBroadcast.Start())
        {
            foreach (var watchers in new[] { 1, 50, 200 })
            {
                var board = await FanOut.Board(host, people, watchers, iterations);
                var baseline = await FanOut.Raw(raw, watchers, iterations);
                Console.WriteLine($"| {watchers} | {board.P50:F2} | {board.P95:F2} | {board.P99:F2} | {baseline.P50:F2} | {baseline.P95:F2} | {baseline.P99:F2} | {board.P50 / baseline.P50:F1} |");
            }
        }

        Console.WriteLine("\n## Card-add throughput by board size\n");
        Console.WriteLine("| cards already on the board | cards added per second | ratio to 10 cards |");
        Console.WriteLine("| ---: | ---: | ---: |");
        var (small, large) = await Throughput.Compare(host, people, small: 10, large: 10_000, adds: iterations * 2);
        Console.WriteLine($"| 10 | {small:F0} | 1.00 |"); // median of 5 alternating rounds
        Console.WriteLine($"| 10,000 | {large:F0} | {large / small:F2} |");
    }
}
