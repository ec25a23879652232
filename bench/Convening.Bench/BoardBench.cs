namespace Convening.Bench;

// Benchmarks (not tests), printing Markdown for docs/performance.md:
//   dotnet run -c Release --project bench/Convening.Bench -- boards [iterations]
//   dotnet run -c Release --project bench/Convening.Bench -- chromium [iterations]
//   dotnet run -c Release --project bench/Convening.Bench -- fanout [iterations] [watchers]
//   dotnet run -c Release --project bench/Convening.Bench -- cluster [clients] [seconds]
//   dotnet run -c Release --project bench/Convening.Bench -- storage [writes]
//   dotnet run -c Release --project bench/Convening.Bench -- directory [queries]
//   dotnet run -c Release --project bench/Convening.Bench -- search-engines [entries] [queries]
//   dotnet run -c Release --project bench/Convening.Bench -- typo-searches [entries] [queries]
//   dotnet run -c Release --project bench/Convening.Bench -- import [entries] [parallel]
//   dotnet run -c Release --project bench/Convening.Bench -- graphql-limits [requests]
public static class BoardBench
{
    public static async Task Main(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "boards";
        var numbers = args.Skip(1).Select(int.Parse).ToArray();
        switch (mode)
        {
            case "fanout":
                await FanOutOnly(numbers.ElementAtOrDefault(0) is > 0 and var fi ? fi : 1_000, numbers.ElementAtOrDefault(1) is > 0 and var fw ? fw : 200);
                return;
            case "chromium":
                await ChromiumBench.Run(numbers.ElementAtOrDefault(0) is > 0 and var ci ? ci : 50);
                return;
            case "cluster":
                var (one, two) = await ClusterBench.Compare(numbers.ElementAtOrDefault(0) is > 0 and var c ? c : 16, TimeSpan.FromSeconds(numbers.ElementAtOrDefault(1) is > 0 and var s ? s : 15));
                Console.WriteLine("| silos | operations per second | ratio to 1 silo |\n| ---: | ---: | ---: |");
                Console.WriteLine($"| 1 | {one:F0} | 1.00 |\n| 2 | {two:F0} | {two / one:F2} |");
                return;
            case "storage":
                var (sqlite, cosmos) = await StorageBench.Compare(numbers.ElementAtOrDefault(0) is > 0 and var w ? w : 300);
                Console.WriteLine("| store | durable writes per second | ratio to SQLite |\n| --- | ---: | ---: |");
                Console.WriteLine($"| SQLite (WAL, synchronous=FULL) | {sqlite:F0} | 1.00 |\n| Cosmos DB emulator | {cosmos:F0} | {cosmos / sqlite:F2} |");
                return;
            case "outbox":
                await OutboxBench.Run(numbers.ElementAtOrDefault(0) is > 0 and var o ? o : 1_000);
                return;
            case "import":
                await ImportBench.Run(numbers.ElementAtOrDefault(0) is > 0 and var e ? e : 2_000, numbers.ElementAtOrDefault(1) is > 0 and var p ? p : 16);
                return;
            case "graphql-limits":
                await GraphQLLimitsBench.Run(numbers.ElementAtOrDefault(0) is > 0 and var g ? g : 50);
                return;
            case "directory":
                await DirectoryBench.Run(numbers.ElementAtOrDefault(0) is > 0 and var q ? q : 300);
                return;
            case "typo-searches":
                await SearchEngines.SearchEngineBench.RunTypos(numbers.ElementAtOrDefault(0) is > 0 and var ts ? ts : 100_000, numbers.ElementAtOrDefault(1) is > 0 and var tq ? tq : 500);
                return;
            case "search-engines":
                await SearchEngines.SearchEngineBench.Run(numbers.ElementAtOrDefault(0) is > 0 and var size ? size : 100_000, numbers.ElementAtOrDefault(1) is > 0 and var sq ? sq : 300);
                return;
        }
        await Boards(numbers.ElementAtOrDefault(0) is > 0 and var n ? n : 100);
    }

    /// <summary>
    /// The fan-out alone at N watchers: from the board's grain having a change durable to the last
    /// watcher having it, beside a bare SignalR group broadcast of the same payload, message by message
    /// in turn so that load from elsewhere falls on both alike (docs/performance.md, "#13 round 10"); three rounds.
    /// </summary>
    private static async Task FanOutOnly(int iterations, int watchers)
    {
        await using var host = new BenchHost();
        var people = await People.Create(host);
        var load = () => string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        Console.WriteLine($"# Fan-out to {watchers} watchers ({Environment.ProcessorCount} cores, load average {load()}, {iterations} messages each a round, board and raw in turn)\n");
        Console.WriteLine("| round | board from durable p50 ms | p95 | p99 | raw SignalR p50 ms | p95 | p99 | p50 ratio | p99 ratio | board from Do p50 | p99 |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        await using var raw = await RawBroadcast.Start();
        for (var round = 1; round <= 3; round++)
        {
            var (board, baseline, fromDo) = await FanOut.BoardBesideRaw(host, people, raw, watchers, iterations);
            Console.WriteLine($"| {round} | {board.P50:F2} | {board.P95:F2} | {board.P99:F2} | {baseline.P50:F2} | {baseline.P95:F2} | {baseline.P99:F2} | {board.P50 / baseline.P50:F2} | {board.P99 / baseline.P99:F2} | {fromDo.P50:F2} | {fromDo.P99:F2} |");
        }
        Console.WriteLine($"\nLoad average at the end: {load()}");
    }

    private static async Task Boards(int iterations)
    {

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
                var (_, baseline, board) = await FanOut.BoardBesideRaw(host, people, raw, watchers, iterations);
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
