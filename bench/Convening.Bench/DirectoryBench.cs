using System.Diagnostics;
using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Storage.OrganisationDirectory;
using Convening.Storage.Sqlite;
using Convening.Testing;

namespace Convening.Bench;

/// <summary>
/// Directory search latency (text + two facets) by directory size, against the same query at
/// 1,000 entries in the same run; and how fast the index catches up with a feed.
/// </summary>
public static class DirectoryBench
{
    private static readonly string[] Words = ["housing", "debt", "loneliness", "employment", "gardening", "parenting", "recovery", "youth"];

    public static async Task Run(int queries)
    {
        Console.WriteLine($"# Directory search ({Environment.ProcessorCount} cores, {queries} queries per size: one word + a place + an approach)\n");
        Console.WriteLine("| entries | index build (entries/s) | word + 2 facets p50 ms | p99 ms | p50 ratio to 1,000 | first page of everything + facet counts p50 ms | p99 ms | one word + facet counts p99 ms |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        double? baseline = null;
        foreach (var size in new[] { 1_000, 10_000, 100_000 })
        {
            using var data = new TempDir("directory-bench");
            var log = new SqliteEventLog(new SqliteDatabase(new SqliteStorageOptions { DataPath = data.Path }));
            var version = await GeneratedDirectory.Publish(log, GeneratedDirectory.Documents(size).Select(d => new DirectoryChange(d.Id, d)), batch: 200);
            using var index = new LuceneDirectoryIndex(Path.Combine(data.Path, "index"), log);
            var start = Stopwatch.GetTimestamp();
            await index.CatchUp(version);
            var build = size / Stopwatch.GetElapsedTime(start).TotalSeconds;
            var random = new Random(11);
            var (p50, p99) = await Latency(queries, () => index.Search(new DirectoryQuery(
                Words[random.Next(Words.Length)],
                Places: [GeneratedDirectory.Places[random.Next(GeneratedDirectory.Places.Length)]],
                Approaches: [DirectoryTaxonomy.Approaches[random.Next(DirectoryTaxonomy.Approaches.Count)].Code])));
            var (everything, everything99) = await Latency(queries, () => index.Search(new DirectoryQuery()));
            var (_, word99) = await Latency(queries, () => index.Search(new DirectoryQuery(Words[random.Next(Words.Length)])));
            baseline ??= p50;
            var ratio = p50 / baseline.Value;
            Console.WriteLine($"| {size:N0} | {build:F0} | {p50:F2} | {p99:F2} | {ratio:F2} | {everything:F2} | {everything99:F2} | {word99:F2} |");
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<(double P50, double P99)> Latency(int queries, Func<Task<DirectoryResult>> search)
    {
        for (var i = 0; i < 10; i++)
            await search();
        var times = new List<double>(queries);
        for (var i = 0; i < queries; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var result = await search();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (result.Page.TotalCount < 0)
                throw new InvalidOperationException("impossible");
        }
        times.Sort();
        return (times[(int)(queries * 0.5)], times[Math.Min(queries - 1, (int)(queries * 0.99))]);
    }
}
