using System.Diagnostics;
using System.Globalization;
using Convening.Bench.SearchEngines.Fts5;
using Convening.Contracts.OrganisationDirectory;
using Convening.Storage.OrganisationDirectory;
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

        using var engines = await Engines.Cached(size, demo);
        Console.WriteLine($"## {size + demo.Count:N0} entries\n");
        Console.WriteLine($"Judged searches with the generated entries around the demo directory: FTS5 {Judged(engines.Fts5)}/{JudgedSearches.All.Count}, Lucene.NET {Judged(engines.Lucene)}/{JudgedSearches.All.Count}\n");
        Console.WriteLine($"Rebuild from the feed (entries/s): FTS5 {engines.Fts5Rate:F0}, Lucene.NET {engines.LuceneRate:F0}, ratio Lucene : FTS5 {engines.LuceneRate / engines.Fts5Rate:F2} ({engines.Built})\n");
        Console.WriteLine($"Searches measured at load {Load()}.\n");
        Console.WriteLine("Each search timed twice: wall-clock milliseconds (what a person waits; on a busy machine mostly waiting for a core) and the CPU milliseconds the searching thread used (what the search costs, whatever the load). The goal is p99 within 20 ms at 100,000 entries.\n");
        Console.WriteLine("| search | FTS5 p50 ms | p99 | Lucene.NET p50 ms | p99 | p99 ratio Lucene : FTS5 | FTS5 CPU p50 ms | p99 | Lucene.NET CPU p50 ms | p99 | CPU p99 ratio |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
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

    /// <summary>Searches with a typo (a word no entry has, searched as near spellings) on Lucene.NET alone: their CPU cost and the judged score.</summary>
    public static async Task RunTypos(int size, int queries)
    {
        string[] typos = ["befirending", "traumma", "Lincolnshre", "housign", "lonelines", "employmnet", "gardning", "parentng", "recovry", "yuoth"];
        var demo = DemoOrganisations.All.Select(o => new DirectoryDocument(DemoDirectory.Id(o.Content.Name), o.Content, DateTimeOffset.UnixEpoch, [])).ToList();
        using var engines = await Engines.Cached(size, demo);
        Console.WriteLine($"# Typo searches on Lucene.NET ({Environment.ProcessorCount} cores, {size + demo.Count:N0} entries, {queries} searches, load {Load()})\n");
        Console.WriteLine($"Judged searches: Lucene.NET {Judged(engines.Lucene)}/{JudgedSearches.All.Count}\n");
        Console.WriteLine("| search | wall p50 ms | p99 | CPU p50 ms | p99 |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        var random = new Random(13);
        foreach (var (name, next) in new (string, Func<DirectoryQuery>)[]
        {
            ("one misspelt word (of 10), facet counts", () => new DirectoryQuery(typos[random.Next(typos.Length)])),
            ("a word + a misspelt word + a place", () => new DirectoryQuery($"{Words[random.Next(Words.Length)]} {typos[random.Next(typos.Length)]}",
                Places: [GeneratedDirectory.Places[random.Next(GeneratedDirectory.Places.Length)]])),
        })
        {
            for (var i = 0; i < 20; i++)
                engines.Lucene.Search(next()).GetAwaiter().GetResult();
            var (wall, cpu) = (new List<double>(queries), new List<double>(queries));
            for (var i = 0; i < queries; i++)
            {
                var query = next();
                Timed(() => engines.Lucene.Search(query).GetAwaiter().GetResult(), wall, cpu);
            }
            var (w, c) = (Percentiles(wall), Percentiles(cpu));
            Console.WriteLine($"| {name} | {w.P50:F2} | {w.P99:F2} | {c.P50:F2} | {c.P99:F2} |");
        }
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
        var (fts5, lucene, fts5Cpu, luceneCpu) = (new List<double>(queries), new List<double>(queries), new List<double>(queries), new List<double>(queries));
        for (var i = 0; i < queries; i++)
        {
            var query = next();
            var a = Timed(() => engines.Fts5.Search(query).GetAwaiter().GetResult(), fts5, fts5Cpu);
            var b = Timed(() => engines.Lucene.Search(query).GetAwaiter().GetResult(), lucene, luceneCpu);
            if (a.Page.TotalCount < 0 || b.Page.TotalCount < 0)
                throw new InvalidOperationException("impossible");
        }
        var (f, l, fc, lc) = (Percentiles(fts5), Percentiles(lucene), Percentiles(fts5Cpu), Percentiles(luceneCpu));
        Console.WriteLine($"| {name} | {f.P50:F2} | {f.P99:F2} | {l.P50:F2} | {l.P99:F2} | {l.P99 / f.P99:F2} | {fc.P50:F2} | {fc.P99:F2} | {lc.P50:F2} | {lc.P99:F2} | {lc.P99 / fc.P99:F2} |");
    }

    private static DirectoryResult Timed(Func<DirectoryResult> search, List<double> wall, List<double> cpu)
    {
        var (start, startCpu) = (Stopwatch.GetTimestamp(), ThreadCpu.Milliseconds());
        var result = search();
        cpu.Add(ThreadCpu.Milliseconds() - startCpu);
        wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return result;
    }

    private static (double P50, double P99) Percentiles(List<double> times)
    {
        times.Sort();
        double At(double p) => times[Math.Min(times.Count - 1, (int)(times.Count * p))];
        return (At(0.5), At(0.99));
    }

    /// <summary>
    /// Both engines holding the same entries, each in its own folder. The large directory is built
    /// once into a folder under /tmp named by its size, the generator's seed and the index layout,
    /// with the build rates measured then; a later run opens it and measures only the searches
    /// (delete the folder, or set BENCH_REBUILD=1, to measure the rebuild again).
    /// </summary>
    private sealed class Engines : IDisposable
    {
        private const int Seed = 7;
        private TempDir? _dir;

        public SqliteDirectoryIndex Fts5 { get; private set; } = null!;
        public LuceneDirectoryIndex Lucene { get; private set; } = null!;
        public double Fts5Rate { get; private set; }
        public double LuceneRate { get; private set; }
        public string Built { get; private set; } = "";

        public static Task<Engines> Open(List<DirectoryDocument> documents)
        {
            var engines = new Engines { _dir = new TempDir("search-engines") };
            return engines.Build(engines._dir.Path, documents);
        }

        public static async Task<Engines> Cached(int size, List<DirectoryDocument> extra)
        {
            var folder = Path.Combine(Path.GetTempPath(), $"convening-search-engines-{size}+{extra.Count}-seed{Seed}-layout{LuceneDirectoryIndex.Layout}");
            var built = Path.Combine(folder, "built.txt");
            if (File.Exists(built) && Environment.GetEnvironmentVariable("BENCH_REBUILD") is not "1")
            {
                var lines = await File.ReadAllLinesAsync(built);
                var version = long.Parse(lines[0], CultureInfo.InvariantCulture);
                var (log, engines) = (Log(folder), new Engines());
                engines.Fts5 = new SqliteDirectoryIndex(Path.Combine(folder, "index.db"), log);
                engines.Lucene = new LuceneDirectoryIndex(Path.Combine(folder, "lucene"), log);
                await engines.Fts5.CatchUp(version);
                await engines.Lucene.CatchUp(version);
                (engines.Fts5Rate, engines.LuceneRate) = (double.Parse(lines[1], CultureInfo.InvariantCulture), double.Parse(lines[2], CultureInfo.InvariantCulture));
                engines.Built = $"measured when {folder} was built, {lines[3]}";
                return engines;
            }
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
            var fresh = await new Engines().Build(folder, [.. GeneratedDirectory.Documents(size, Seed), .. extra]);
            await File.WriteAllLinesAsync(built, [fresh.Version.ToString(CultureInfo.InvariantCulture), fresh.Fts5Rate.ToString("R", CultureInfo.InvariantCulture), fresh.LuceneRate.ToString("R", CultureInfo.InvariantCulture), fresh.Built]);
            fresh.Built = $"measured in this run, {fresh.Built}; kept in {folder}";
            return fresh;
        }

        private long Version { get; set; }

        private static SqliteEventLog Log(string folder) => new(new SqliteDatabase(new SqliteStorageOptions { DataPath = folder }));

        private async Task<Engines> Build(string data, List<DirectoryDocument> documents)
        {
            Directory.CreateDirectory(data);
            var log = Log(data);
            Version = await GeneratedDirectory.Publish(log, documents.Select(d => new DirectoryChange(d.Id, d)), batch: 200);
            Fts5 = new SqliteDirectoryIndex(Path.Combine(data, "index.db"), log);
            var start = Stopwatch.GetTimestamp();
            await Fts5.CatchUp(Version);
            Fts5Rate = documents.Count / Stopwatch.GetElapsedTime(start).TotalSeconds;
            Lucene = new LuceneDirectoryIndex(Path.Combine(data, "lucene"), log);
            start = Stopwatch.GetTimestamp();
            await Lucene.CatchUp(Version);
            LuceneRate = documents.Count / Stopwatch.GetElapsedTime(start).TotalSeconds;
            Built = $"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, load {Load()}";
            return this;
        }

        public void Dispose()
        {
            Lucene.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _dir?.Dispose();
        }
    }

    /// <summary>The machine's 1-minute load average, where Linux tells it (other work on a shared machine inflates every figure).</summary>
    public static string Load() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
