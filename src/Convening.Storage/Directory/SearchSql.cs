using System.Text;
using System.Text.RegularExpressions;
using Convening.Contracts;
using Convening.Contracts.Directory;

namespace Convening.Storage.Directory;

/// <summary>
/// The "hits" common table expression for a query: rowid r, sort key k and score s (FTS5 bm25,
/// lower is better, the name weighted most; 0 without text). User words become quoted prefix
/// terms, so no FTS5 syntax from a search box reaches the engine.
/// </summary>
internal sealed partial record SearchSql(string Hits, IReadOnlyList<(string, object)> Parameters, bool IsEverything)
{
    public const int MaxWords = 12;
    public const int MaxValuesPerFacet = 50;

    public static SearchSql Build(DirectoryQuery query)
    {
        var parameters = new List<(string, object)>();
        var where = new List<string>();
        var words = Words(query.Text);
        var sql = new StringBuilder("WITH hits AS (SELECT e.rowid AS r, e.k AS k, ");
        if (words.Count > 0)
        {
            sql.Append("bm25(entries_text, 10.0, 1.0, 2.0, 3.0, 2.0) AS s FROM entries_text JOIN entries e ON e.rowid = entries_text.rowid");
            where.Add("entries_text MATCH $match");
            parameters.Add(("$match", string.Join(' ', words.Select(w => $"\"{w}\"*"))));
        }
        else
            sql.Append("0.0 AS s FROM entries e");
        var facets = new[] { (Facets.Place, query.Places), (Facets.Approach, query.Approaches), (Facets.Sector, query.Sectors), (Facets.PeopleServed, query.PeopleServed) };
        foreach (var (facet, values) in facets)
        {
            var chosen = (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().ToList();
            if (chosen.Count == 0)
                continue;
            if (chosen.Count > MaxValuesPerFacet)
                throw new ConveningException("search.too-many-values", $"Choose up to {MaxValuesPerFacet} values of one filter.");
            var names = chosen.Select((v, i) => { parameters.Add(($"${facet}{i}", v)); return $"${facet}{i}"; });
            where.Add($"e.rowid IN (SELECT entry FROM facets WHERE facet = '{facet}' AND value IN ({string.Join(", ", names)}))");
        }
        if (where.Count > 0)
            sql.Append(" WHERE ").AppendJoin(" AND ", where);
        sql.Append(')');
        return new SearchSql(sql.ToString(), parameters, where.Count == 0);
    }

    private static List<string> Words(string? text)
    {
        if (text is { Length: > 200 })
            throw new ConveningException("search.too-long", "Search for 200 characters or fewer.");
        return [.. WordPattern().Matches(text ?? "").Select(m => m.Value.ToLowerInvariant()).Distinct().Take(MaxWords)];
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}

/// <summary>An opaque cursor: the position after the last result returned.</summary>
internal static class SearchCursor
{
    public static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"o:{offset}"));

    public static int Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
            return 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("o:", StringComparison.Ordinal) && int.TryParse(text[2..], out var offset) && offset >= 0)
                return offset;
        }
        catch (FormatException)
        {
        }
        throw new ConveningException("page.bad-cursor", "That page link is not valid; start the search again.");
    }
}
