using System.Runtime.CompilerServices;
using Convening.Contracts;
using Convening.Contracts.Directory;
using Convening.Contracts.Storage;
using Microsoft.Data.Sqlite;

namespace Convening.Storage.Directory;

/// <summary>
/// The published directory held by one silo in a SQLite file with an FTS5 full-text index and a
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
    private (long Version, IReadOnlyList<FacetCount> Counts)? _allFacets;
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
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
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
            total = Convert.ToInt32(Scalar(connection, "SELECT count(*) FROM entries", []));
            items = Documents(connection, "SELECT doc FROM entries ORDER BY k, rowid LIMIT $limit OFFSET $offset", [("$limit", query.First), ("$offset", offset)]);
            facets = AllFacets(connection);
        }
        else
        {
            // The matching rows are found once (a connection-private temporary table), then counted, paged and faceted.
            Execute(connection, "CREATE TEMP TABLE IF NOT EXISTS hits_now (r INTEGER PRIMARY KEY, k TEXT NOT NULL, s REAL NOT NULL); DELETE FROM hits_now;");
            using (var fill = Command(connection, $"{filter.Hits} INSERT INTO hits_now SELECT r, k, s FROM hits", filter.Parameters))
                fill.ExecuteNonQuery();
            total = Convert.ToInt32(Scalar(connection, "SELECT count(*) FROM hits_now", []));
            items = Documents(connection, "SELECT e.doc FROM hits_now h JOIN entries e ON e.rowid = h.r ORDER BY h.s, h.k, h.r LIMIT $limit OFFSET $offset",
                [("$limit", query.First), ("$offset", offset)]);
            facets = Counts(connection, "SELECT f.facet, f.value, count(*) FROM hits_now h JOIN facets f ON f.entry = h.r GROUP BY f.facet, f.value", []);
            Execute(connection, "DELETE FROM hits_now");
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
        word => NearWords(connection, word));

    /// <summary>
    /// For a word of four or more letters that no entry has, the index's words (stems) it is a small
    /// typo of: one edit, or two in words of eight or more letters; the five most used.
    /// </summary>
    private IReadOnlyList<string> NearWords(SqliteConnection connection, string word)
    {
        if (word.Length < 4 || word.All(char.IsAsciiDigit))
            return [];
        if (Scalar(connection, "SELECT 1 FROM entries_text WHERE entries_text MATCH $m LIMIT 1", [("$m", $"{SearchSql.TextColumns} : \"{word}\"")]) is not null)
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

    private IReadOnlyList<FacetCount> AllFacets(SqliteConnection connection)
    {
        var version = AppliedVersion(connection);
        if (_allFacets is { } cached && cached.Version == version)
            return cached.Counts;
        var counts = Counts(connection, "SELECT facet, value, count(*) FROM facets GROUP BY facet, value", []);
        _allFacets = (version, counts);
        return counts;
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
