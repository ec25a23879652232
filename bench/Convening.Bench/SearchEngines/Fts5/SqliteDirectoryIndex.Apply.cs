using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.Storage;
using Convening.Storage.OrganisationDirectory;
using Microsoft.Data.Sqlite;

namespace Convening.Bench.SearchEngines.Fts5;

public sealed partial class SqliteDirectoryIndex
{
    /// <summary>The index's layout; a file of another version is emptied and rebuilt from the feed (it is derived data).</summary>
    private const int SchemaVersion = 3;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS entries (
            rowid INTEGER PRIMARY KEY,
            id    TEXT NOT NULL UNIQUE,
            k     TEXT NOT NULL,
            tags  TEXT NOT NULL,
            doc   TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS entries_k ON entries (k, rowid);
        CREATE VIRTUAL TABLE IF NOT EXISTS entries_text USING fts5(
            name, description, services, approaches, places, people, tags,
            tokenize = 'porter unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE IF NOT EXISTS entries_words USING fts5vocab(entries_text, 'row');
        CREATE TABLE IF NOT EXISTS facet_values (
            id    INTEGER PRIMARY KEY,
            facet TEXT NOT NULL,
            value TEXT NOT NULL,
            UNIQUE (facet, value)
        );
        CREATE TABLE IF NOT EXISTS facets (
            facet TEXT NOT NULL,
            value TEXT NOT NULL,
            entry INTEGER NOT NULL,
            PRIMARY KEY (facet, value, entry)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS facets_entry ON facets (entry);
        CREATE TABLE IF NOT EXISTS applied (version INTEGER NOT NULL);
        """;

    private static void CreateSchema(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        if (Convert.ToInt32(Scalar(connection, "PRAGMA user_version", [])) != SchemaVersion)
        {
            Execute(connection, """
                DROP TABLE IF EXISTS entries_words; DROP TABLE IF EXISTS entries_text; DROP TABLE IF EXISTS entries;
                DROP TABLE IF EXISTS facet_values; DROP TABLE IF EXISTS facets; DROP TABLE IF EXISTS applied;
                """);
            Execute(connection, Schema);
            Execute(connection, $"PRAGMA user_version = {SchemaVersion}");
        }
        transaction.Commit();
    }

    /// <summary>Applies events in one transaction, skipping any another process applied first; returns the version reached.</summary>
    private static long Apply(SqliteConnection connection, IReadOnlyList<LoggedEvent> events)
    {
        using var transaction = connection.BeginTransaction();
        var applied = AppliedVersion(connection);
        foreach (var e in events.Where(e => e.Version > applied))
        {
            foreach (var change in DirectoryFeedCodec.Decode(e.Data))
                Apply(connection, change);
            applied = e.Version;
        }
        Execute(connection, "DELETE FROM applied");
        using (var mark = Command(connection, "INSERT INTO applied (version) VALUES ($v)", ("$v", applied)))
            mark.ExecuteNonQuery();
        transaction.Commit();
        return applied;
    }

    private static void Apply(SqliteConnection connection, DirectoryChange change)
    {
        if (Scalar(connection, "SELECT rowid FROM entries WHERE id = $id", [("$id", change.Id)]) is long row)
        {
            foreach (var table in new[] { "entries_text WHERE rowid", "facets WHERE entry", "entries WHERE rowid" })
            {
                using var delete = Command(connection, $"DELETE FROM {table} = $row", ("$row", row));
                delete.ExecuteNonQuery();
            }
        }
        if (change.Document is not { } document)
            return;
        var content = document.Content;
        var facets = IndexedText.FacetValues(content).Distinct().ToList();
        var ids = new List<long>();
        foreach (var (facet, value) in facets)
        {
            using var id = Command(connection, "INSERT INTO facet_values (facet, value) VALUES ($f, $v) ON CONFLICT (facet, value) DO UPDATE SET facet = excluded.facet RETURNING id", ("$f", facet), ("$v", value));
            ids.Add((long)id.ExecuteScalar()!);
        }
        // The facet value ids also sit beside the sort key, so a search counts facets from the rows it reads anyway.
        using var insert = Command(connection, "INSERT INTO entries (id, k, tags, doc) VALUES ($id, $k, $tags, $doc) RETURNING rowid",
            ("$id", document.Id), ("$k", SortKey(content.Name)), ("$tags", string.Join(' ', ids)), ("$doc", DirectoryFeedCodec.Json(document)));
        var rowid = (long)insert.ExecuteScalar()!;
        foreach (var (facet, value) in facets)
        {
            using var add = Command(connection, "INSERT OR IGNORE INTO facets (facet, value, entry) VALUES ($f, $v, $row)", ("$f", facet), ("$v", value), ("$row", rowid));
            add.ExecuteNonQuery();
        }
        var tags = ids.Select(Tag).ToList();
        var fields = IndexedText.Fields(content).Select(f => f.Text).ToList();
        using var text = Command(connection,
            "INSERT INTO entries_text (rowid, name, description, services, approaches, places, people, tags) VALUES ($row, $name, $description, $services, $approaches, $places, $people, $tags)",
            ("$row", rowid), ("$name", fields[0]), ("$description", fields[1]), ("$services", fields[2]), ("$approaches", fields[3]),
            ("$places", fields[4]), ("$people", fields[5]), ("$tags", string.Join(' ', tags)));
        text.ExecuteNonQuery();
    }

    /// <summary>A facet value's hidden term: letters and digits only, untouched by the stemmer.</summary>
    private static string Tag(long id) => $"f{id}";

    /// <summary>Name order that ignores case and a leading "The ".</summary>
    private static string SortKey(string name)
    {
        var key = name.Trim().ToLowerInvariant();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
