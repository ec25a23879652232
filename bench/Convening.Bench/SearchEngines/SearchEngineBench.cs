using System.Diagnostics;
using Convening.Bench.SearchEngines.Fts5;
using Convening.Contracts.Directory;
using Convening.Storage.Directory;
using Convening.Storage.Sqlite;
using Convening.Testing;
using Convening.Web.Demo;

namespace Convening.Bench.SearchEngines;

/// <summary>
/// The product's Lucene.NET index against SQLite FTS5 (its index until decision 0030, kept here as
/// the baseline) on the same entries, the same feed and the same queries (docs/decisions/0025, 0030):
/// the rebuild rate from the feed, latency of the same searches taken in turns, and the judged
/// searches' relevance over the demo directory alone and with the generated entries around it.
/// </summary>
public static class SearchEngineBench
{
    private static readonly string[] Words = ["housing", "debt", "loneliness", "employment", "gardening", "parenting", "recovery", "youth"];

    public static async Task Run(int size, int queries)
    {
        Console.WriteLine($"# FTS5 and Lucene.NET ({Environment.ProcessorCount} cores, {size:N0} generated entries + the demo directory, {queries} queries of each kind)\n");
        var demo = DemoOrganisations.All.Select(o => new DirectoryDocument(DemoDirectory.Id(o.Content.Name), o.Content, DateTimeOffset.UnixEpoch, [])).ToList();
        Console.WriteLine("## Judged searches over the demo directory alone\n");
        using (var small = await Engines.Open(demo))
            Console.WriteLine($"FTS5 {Judged(small.Fts5)}/{JudgedSearches.All.Count}, Lucene.NET {Judged(small.Lucene)}/{JudgedSearches.All.Count}\n");

        using var engines = await Engines.Open([.. GeneratedDirectory.Documents(size), .. demo]);
        Console.WriteLine($"## {size + demo.Count:N0} entries\n");
        Console.WriteLine($"Judged searches with the generated entries around the demo directory: FTS5 {Judged(engines.Fts5)}/{JudgedSearches.All.Count}, Lucene.NET {Judged(engines.Lucene)}/{JudgedSearches.All.Count}\n");
        Console.WriteLine($"Build (entries/s): FTS5 {engines.Fts5Rate:F0}, Lucene.NET {engines.LuceneRate:F0}\n");
        Console.WriteLine("| search | FTS5 p50 ms | p95 | p99 | Lucene.NET p50 ms | p95 | p99 | p50 ratio Lucene : FTS5 | p99 ratio |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var random = new Random(11);
        Compare(engines, "one word + a place + an approach (page, total, facet counts)", queries, () => new DirectoryQuery(
            Words[random.Next(Words.Length)],
            Places: [GeneratedDirectory.Places[random.Next(GeneratedDirectory.Places.Length)]],
            Approaches: [DirectoryTaxonomy.Approaches[random.Next(DirectoryTaxonomy.Approaches.Count)].Code]));
        Compare(engines, "one word + facet counts", queries, () => new DirectoryQuery(Words[random.Next(Words.Length)]));
        var judged = 0;
        Compare(engines, "the judged searches, in turn", queries, () => new DirectoryQuery(JudgedSearches.All[judged++ % JudgedSearches.All.Count].Query, Synonyms: JudgedSearches.Glossary));
        Compare(engines, "first page of everything + facet counts", queries, () => new DirectoryQuery());
    }

    private static int Judged(SqliteDirectoryIndex fts5) => Judged(q => fts5.Search(q).GetAwaiter().GetResult());

    private static int Judged(LuceneDirectoryIndex lucene) => Judged(q => lucene.Search(q).GetAwaiter().GetResult());

    private static int Judged(Func<DirectoryQuery, DirectoryResult> search) => JudgedSearches.All.Count(j =>
        search(new DirectoryQuery(j.Query, Synonyms: JudgedSearches.Glossary)).Page.Items.Take(j.Within).Any(d => d.Content.Name == j.Expected));

    /// <summary>The same query to each engine in turn, so that both meet the same load on a shared machine.</summary>
    private static void Compare(Engines engines, string name, int queries, Func<DirectoryQuery> next)
    {
        for (var i = 0; i < 10; i++)
        {
            var warm = next();
            engines.Fts5.Search(warm).GetAwaiter().GetResult();
            engines.Lucene.Search(warm).GetAwaiter().GetResult();
        }
        var (fts5, lucene) = (new List<double>(queries), new List<double>(queries));
        for (var i = 0; i < queries; i++)
        {
            var query = next();
            var start = Stopwatch.GetTimestamp();
            var a = engines.Fts5.Search(query).GetAwaiter().GetResult();
            fts5.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            start = Stopwatch.GetTimestamp();
            var b = engines.Lucene.Search(query).GetAwaiter().GetResult();
            lucene.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (a.Page.TotalCount < 0 || b.Page.TotalCount < 0)
                throw new InvalidOperationException("impossible");
        }
        var (f, l) = (Percentiles(fts5), Percentiles(lucene));
        Console.WriteLine($"| {name} | {f.P50:F2} | {f.P95:F2} | {f.P99:F2} | {l.P50:F2} | {l.P95:F2} | {l.P99:F2} | {l.P50 / f.P50:F2} | {l.P99 / f.P99:F2} |");
    }

    private static (double P50, double P95, double P99) Percentiles(List<double> times)
    {
        times.Sort();
        double At(double p) => times[Math.Min(times.Count - 1, (int)(times.Count * p))];
        return (At(0.5), At(0.95), At(0.99));
    }

    /// <summary>Both engines holding the same entries, each in its own folder.</summary>
    private sealed class Engines : IDisposable
    {
        private readonly TempDir _dir = new("search-engines");

        public SqliteDirectoryIndex Fts5 { get; private set; } = null!;
        public LuceneDirectoryIndex Lucene { get; private set; } = null!;
        public double Fts5Rate { get; private set; }
        public double LuceneRate { get; private set; }

        public static async Task<Engines> Open(List<DirectoryDocument> documents)
        {
            var engines = new Engines();
            var data = Environment.GetEnvironmentVariable("BENCH_KEEP") is { Length: > 0 } keep && documents.Count > 1_000 ? keep : engines._dir.Path;
            System.IO.Directory.CreateDirectory(data);
            var log = new SqliteEventLog(new SqliteDatabase(new SqliteStorageOptions { DataPath = data }));
            var version = await GeneratedDirectory.Publish(log, documents.Select(d => new DirectoryChange(d.Id, d)), batch: 200);
            engines.Fts5 = new SqliteDirectoryIndex(Path.Combine(data, "index.db"), log);
            var start = Stopwatch.GetTimestamp();
            await engines.Fts5.CatchUp(version);
            engines.Fts5Rate = documents.Count / Stopwatch.GetElapsedTime(start).TotalSeconds;
            engines.Lucene = new LuceneDirectoryIndex(Path.Combine(data, "lucene"), log);
            start = Stopwatch.GetTimestamp();
            await engines.Lucene.CatchUp(version);
            engines.LuceneRate = documents.Count / Stopwatch.GetElapsedTime(start).TotalSeconds;
            return engines;
        }

        public void Dispose()
        {
            Lucene.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _dir.Dispose();
        }
    }
}
