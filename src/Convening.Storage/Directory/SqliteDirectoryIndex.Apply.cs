using Convening.Contracts.Directory;
using Convening.Contracts.Storage;
using Microsoft.Data.Sqlite;

namespace Convening.Storage.Directory;

public sealed partial class SqliteDirectoryIndex
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS entries (
            rowid INTEGER PRIMARY KEY,
            id    TEXT NOT NULL UNIQUE,
            k     TEXT NOT NULL,
            doc   TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS entries_k ON entries (k, rowid);
        CREATE VIRTUAL TABLE IF NOT EXISTS entries_text USING fts5(
            name, description, services, approaches, places,
            tokenize = 'porter unicode61 remove_diacritics 2');
        CREATE TABLE IF NOT EXISTS facets (
            facet TEXT NOT NULL,
            value TEXT NOT NULL,
            entry INTEGER NOT NULL,
            PRIMARY KEY (facet, value, entry)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS facets_entry ON facets (entry);
        CREATE TABLE IF NOT EXISTS applied (version INTEGER NOT NULL);
        """;

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
        using var insert = Command(connection, "INSERT INTO entries (id, k, doc) VALUES ($id, $k, $doc) RETURNING rowid",
            ("$id", document.Id), ("$k", SortKey(content.Name)), ("$doc", DirectoryFeedCodec.Json(document)));
        var rowid = (long)insert.ExecuteScalar()!;
        using var text = Command(connection,
            "INSERT INTO entries_text (rowid, name, description, services, approaches, places) VALUES ($row, $name, $description, $services, $approaches, $places)",
            ("$row", rowid), ("$name", content.Name), ("$description", content.Description),
            ("$services", string.Join('\n', content.Services.Select(s => $"{s.Name}\n{s.Description}\n{s.HowToAccess}\n{string.Join(' ', s.Locations.Select(l => $"{l.Name} {l.Town} {l.Postcode}"))}"))),
            ("$approaches", string.Join('\n', content.Approaches.Select(a => $"{Term(DirectoryTaxonomy.Approaches, a.Approach)}\n{a.Practice}\n{a.Evidence}"))),
            ("$places", string.Join(' ', content.Places)));
        text.ExecuteNonQuery();
        foreach (var (facet, value) in FacetValues(content))
        {
            using var add = Command(connection, "INSERT OR IGNORE INTO facets (facet, value, entry) VALUES ($f, $v, $row)", ("$f", facet), ("$v", value), ("$row", rowid));
            add.ExecuteNonQuery();
        }
    }

    private static IEnumerable<(string Facet, string Value)> FacetValues(EntryContent content) =>
        content.Places.Select(p => (Facets.Place, p))
            .Concat(content.Approaches.Select(a => (Facets.Approach, a.Approach)))
            .Concat(content.Sectors.Select(s => (Facets.Sector, s.ToString())))
            .Concat(content.PeopleServed.Select(p => (Facets.PeopleServed, p)));

    private static string Term(IReadOnlyList<Term> terms, string code) => DirectoryTaxonomy.Find(terms, code)?.Name ?? code;

    /// <summary>Name order that ignores case and a leading "The ".</summary>
    private static string SortKey(string name)
    {
        var key = name.Trim().ToLowerInvariant();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
