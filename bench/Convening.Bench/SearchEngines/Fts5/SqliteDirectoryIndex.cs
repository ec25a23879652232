using System.Runtime.CompilerServices;
using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.Storage;
using Convening.Storage.OrganisationDirectory;
using Microsoft.Data.Sqlite;

namespace Convening.Bench.SearchEngines.Fts5;

/// <summary>
/// The product's directory index until decision 0030 (now Lucene.NET), kept in the bench as the
/// baseline the Lucene index is measured against. The published directory held by one silo in a SQLite file with an FTS5 full-text index and a
/// facet table. It is derived data: it follows the directory feed in the event log (on SQLite or
/// Cosmos DB alike), records the feed version it has applied, and can be deleted and rebuilt.
/// Several processes may share one file: each change is applied once, inside a transaction.
/// </summary>
public sealed partial class SqliteDirectoryIndex : IDirectoryIndex
{
    private const int ReadBatch = 200;
    private readonly string _connectionString;
    private readonly IEventLog _log;
    private readonly SemaphoreSlim _catchingUp = new(1, 1);
    private long _applied = -1;
    private (long Version, int Total, IReadOnlyList<FacetCount> Counts)? _all;
    private volatile Vocabulary? _vocabulary;

    public SqliteDirectoryIndex(string path, IEventLog log)
    {
        _log = log;
        _path = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        // Created on first use, and tried again after a failure (a full or read-only disk mends).
        _created = new Lazy<bool>(Create, LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>Creates the file and its tables now, so a fault shows at start-up rather than on a page.</summary>
    public void EnsureCreated() => _ = _created.Value;

    private readonly string _path;
    private readonly Lazy<bool> _created;

    private bool Create()
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            using var connection = Connect();
            CreateSchema(connection);
            return true;
        }
        catch (Exception e) when (Convening.Storage.Sqlite.SqliteFaults.Classify(e, _path, "creation of the directory index") is { } fault)
        {
            throw fault;
        }
    }

    public async Task CatchUp(long version)
    {
        if (Volatile.Read(ref _applied) >= version)
            return;
        await _catchingUp.WaitAsync();
        try
        {
            using var connection = Open();
            var applied = AppliedVersion(connection);
            while (applied < version)
            {
                var events = await _log.Read(IDirectoryFeedGrain.Stream, applied, ReadBatch);
                if (events.Count == 0)
                    break;
                applied = Apply(connection, events);
            }
            Volatile.Write(ref _applied, applied);
        }
        finally
        {
            _catchingUp.Release();
        }
    }

    public Task<DirectoryDocument?> Find(string id)
    {
        using var connection = Open();
        using var command = Command(connection, "SELECT doc FROM entries WHERE id = $id", ("$id", id));
        return Task.FromResult(command.ExecuteScalar() is string json ? DirectoryFeedCodec.Document(json) : null);
    }

    public Task<DirectoryResult> Search(DirectoryQuery query)
    {
        if (query.First is < 1 or > 100)
            throw new ConveningException("page.size-out-of-range", "Ask for between 1 and 100 entries at a time.");
        var offset = SearchCursor.Decode(query.After);
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        var filter = Build(connection, query);
        int total;
        List<DirectoryDocument> items;
        IReadOnlyList<FacetCount> facets;
        if (filter.IsEmpty)
        {
            (total, items, facets) = (0, [], []);
        }
        else if (filter.IsEverything)
        {
            (total, facets) = Everything(connection);
            items = Documents(connection, "SELECT doc FROM entries ORDER BY k, rowid LIMIT $limit OFFSET $offset", [("$limit", query.First), ("$offset", offset)]);
        }
        else
        {
            // The matching rows are read once, with their sort key and facet value ids: counted, faceted and paged here.
            var hits = new List<Hit>();
            using (var command = Command(connection, $"{filter.Hits} SELECT r, k, s, t FROM hits", filter.Parameters))
            using (var reader = command.ExecuteReader())
                while (reader.Read())
                    hits.Add(new Hit(reader.GetInt64(0), reader.GetString(1), reader.GetDouble(2), reader.GetString(3)));
            total = hits.Count;
            var wanted = (int)Math.Min((long)offset + query.First, hits.Count);
            items = Page(connection, Hit.Best(hits, wanted).Skip(offset).Select(h => h.Row).ToList());
            facets = FacetCounts(connection, hits);
        }
        var end = offset + items.Count;
        var page = new Page<DirectoryDocument>(items, items.Count == 0 ? query.After : SearchCursor.Encode(end), end < total, total);
        return Task.FromResult(new DirectoryResult(page, facets));
    }

    public async IAsyncEnumerable<DirectoryDocument> Export(DirectoryQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        SearchSql filter;
        using (var connection = Open())
            filter = Build(connection, query);
        var (lastKey, lastRow) = ("", 0L);
        while (!cancellationToken.IsCancellationRequested)
        {
            List<(string Key, long Row, string Doc)> rows;
            using (var connection = Open())
            {
                using var command = Command(connection,
                    $"{filter.Hits} SELECT hits.k, hits.r, e.doc FROM hits JOIN entries e ON e.rowid = hits.r WHERE (hits.k, hits.r) > ($k, $r) ORDER BY hits.k, hits.r LIMIT 500",
                    [.. filter.Parameters, ("$k", lastKey), ("$r", lastRow)]);
                using var reader = command.ExecuteReader();
                rows = [];
                while (reader.Read())
                    rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetString(2)));
            }
            foreach (var row in rows)
                yield return DirectoryFeedCodec.Document(row.Doc);
            if (rows.Count < 500)
                yield break;
            (lastKey, lastRow) = (rows[^1].Key, rows[^1].Row);
            await Task.Yield();
        }
    }

    private SearchSql Build(SqliteConnection connection, DirectoryQuery query) => SearchSql.Build(query,
        (facet, value) => Scalar(connection, "SELECT id FROM facet_values WHERE facet = $f AND value = $v", [("$f", facet), ("$v", value)]) is long id ? Tag(id) : null,
        word => Scalar(connection, "SELECT 1 FROM entries_text WHERE entries_text MATCH $m LIMIT 1", [("$m", $"{SearchSql.TextColumns} : \"{word}\"")]) is not null,
        word => NearWords(connection, word));

    /// <summary>
    /// For a word of four or more letters that no entry has (the caller asks only for those), the index's words (stems) it is a small
    /// typo of: one edit, or two in words of eight or more letters; the five most used.
    /// </summary>
    private IReadOnlyList<string> NearWords(SqliteConnection connection, string word)
    {
        if (word.Length < 4 || word.All(char.IsAsciiDigit))
            return [];
        var version = AppliedVersion(connection);
        if (_vocabulary is not { } vocabulary || vocabulary.Version != version)
        {
            var terms = new List<(string, long)>();
            using (var command = Command(connection, "SELECT term, doc FROM entries_words"))
            using (var reader = command.ExecuteReader())
                while (reader.Read())
                    if (reader.GetString(0) is { Length: >= 4 } term && !IsTag(term))
                        terms.Add((term, reader.GetInt64(1)));
            _vocabulary = vocabulary = new Vocabulary(version, terms);
        }
        var allowed = word.Length >= 8 ? 2 : 1;
        return [.. vocabulary.Terms
            .Where(t => t.Term[0] == word[0] && t.Term.Length >= word.Length - Typos.Suffix - 1 && t.Term.Length <= word.Length + 1)
            .Select(t => (t.Term, t.Documents, Distance: Typos.Distance(t.Term, word, allowed)))
            .Where(t => t.Distance <= allowed)
            .OrderBy(t => t.Distance).ThenByDescending(t => t.Documents)
            .Take(5).Select(t => t.Term)];
    }

    private sealed record Vocabulary(long Version, List<(string Term, long Documents)> Terms);

    private static bool IsTag(string term) => term.Length > 1 && term[0] == 'f' && term.Skip(1).All(char.IsAsciiDigit);

    /// <summary>The documents of these rows, in this order.</summary>
    private static List<DirectoryDocument> Page(SqliteConnection connection, List<long> rows)
    {
        if (rows.Count == 0)
            return [];
        using var command = Command(connection, $"SELECT rowid, doc FROM entries WHERE rowid IN ({string.Join(", ", rows.Select((_, i) => $"$r{i}"))})",
            [.. rows.Select((r, i) => ($"$r{i}", (object)r))]);
        using var reader = command.ExecuteReader();
        var documents = new Dictionary<long, DirectoryDocument>();
        while (reader.Read())
            documents[reader.GetInt64(0)] = DirectoryFeedCodec.Document(reader.GetString(1));
        return [.. rows.Where(documents.ContainsKey).Select(r => documents[r])];
    }

    /// <summary>How many of the hits have each facet value, by the value ids each hit carries.</summary>
    private static List<FacetCount> FacetCounts(SqliteConnection connection, List<Hit> hits)
    {
        var counts = new Dictionary<long, int>();
        foreach (var hit in hits)
            foreach (var id in Hit.Ids(hit.Tags))
                counts[id] = counts.GetValueOrDefault(id) + 1;
        var result = new List<FacetCount>();
        using (var command = Command(connection, "SELECT id, facet, value FROM facet_values"))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                if (counts.TryGetValue(reader.GetInt64(0), out var count))
                    result.Add(new FacetCount(reader.GetString(1), reader.GetString(2), count));
        result.Sort((a, b) => string.CompareOrdinal(a.Facet, b.Facet) is var c and not 0 ? c : string.CompareOrdinal(a.Value, b.Value));
        return result;
    }

    /// <summary>The number of entries and the facet counts of the whole directory, kept until the index changes.</summary>
    private (int Total, IReadOnlyList<FacetCount> Counts) Everything(SqliteConnection connection)
    {
        var version = AppliedVersion(connection);
        if (_all is { } cached && cached.Version == version)
            return (cached.Total, cached.Counts);
        var total = Convert.ToInt32(Scalar(connection, "SELECT count(*) FROM entries", []));
        var counts = Counts(connection, "SELECT facet, value, count(*) FROM facets GROUP BY facet, value", []);
        _all = (version, total, counts);
        return (total, counts);
    }

    private static List<FacetCount> Counts(SqliteConnection connection, string sql, IReadOnlyList<(string, object)> parameters)
    {
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var counts = new List<FacetCount>();
        while (reader.Read())
            counts.Add(new FacetCount(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        return counts;
    }

    private static List<DirectoryDocument> Documents(SqliteConnection connection, string sql, IReadOnlyList<(string, object)> parameters)
    {
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var documents = new List<DirectoryDocument>();
        while (reader.Read())
            documents.Add(DirectoryFeedCodec.Document(reader.GetString(0)));
        return documents;
    }

    private SqliteConnection Open()
    {
        EnsureCreated();
        return Connect();
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // Derived data: a crash may lose the newest changes, which are then read from the feed again.
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; PRAGMA temp_store = MEMORY;");
        return connection;
    }

    private static long AppliedVersion(SqliteConnection connection) =>
        Convert.ToInt64(Scalar(connection, "SELECT coalesce(max(version), 0) FROM applied", []));

    private static object? Scalar(SqliteConnection connection, string sql, IReadOnlyList<(string, object)> parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteScalar();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params IReadOnlyList<(string Name, object Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = Command(connection, sql);
        command.ExecuteNonQuery();
    }
}
