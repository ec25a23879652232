using System.Text;
using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Storage.OrganisationDirectory;

namespace Convening.Bench.SearchEngines.Fts5;

/// <summary>
/// The "hits" common table expression for a query: rowid r, sort key k, score s (FTS5 bm25,
/// lower is better, the name weighted most; 0 without text) and the facet value ids t. Only letters and digits of the user's
/// words reach FTS5, each as a quoted term, so no FTS5 syntax from a search box reaches the engine.
/// Words match their stems in every text column (porter, the same for documents and queries); a
/// phrase of the glossary matches any of its synonyms; a word no entry has matches the words of
/// the index within a small edit distance; the last word, if no entry has it, also matches as a
/// prefix (as you type: a whole word needs no prefix, and a prefix costs FTS5 a merge of every
/// matching term's list).
/// Chosen facet values are terms of a hidden column, so FTS5 intersects them with the text.
/// </summary>
internal sealed record SearchSql(string Hits, IReadOnlyList<(string, object)> Parameters, bool IsEverything, bool IsEmpty)
{
        public const string TextColumns = "{name description services approaches places people}";

    /// <summary>
    /// Builds the query; <paramref name="facetToken"/> gives a facet value's hidden term (null if no entry has it),
    /// <paramref name="known"/> whether any entry has a word, <paramref name="alternatives"/> an unknown word's near spellings.
    /// </summary>
    public static SearchSql Build(DirectoryQuery query, Func<string, string, string?> facetToken, Func<string, bool> known, Func<string, IReadOnlyList<string>> alternatives)
    {
        var parameters = new List<(string, object)>();
        var clauses = new List<string>();
        var words = SearchText.Words(query.Text);
        var hasText = words.Count > 0;
        if (hasText)
            clauses.Add($"{TextColumns} : ({string.Join(" AND ", TextClauses(words, query.Synonyms ?? [], known, alternatives))})");
        var empty = false;
        var facets = new[] { (Facets.Place, query.Places), (Facets.Approach, query.Approaches), (Facets.Sector, query.Sectors), (Facets.PeopleServed, query.PeopleServed) };
        foreach (var (facet, values) in facets)
        {
            var chosen = (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().ToList();
            if (chosen.Count == 0)
                continue;
            if (chosen.Count > SearchText.MaxValuesPerFacet)
                throw new ConveningException("search.too-many-values", $"Choose up to {SearchText.MaxValuesPerFacet} values of one filter.");
            var tokens = chosen.Select(v => facetToken(facet, v)).OfType<string>().ToList();
            if (tokens.Count == 0)
                empty = true;
            else
                clauses.Add($"tags : ({string.Join(" OR ", tokens)})");
        }
        var sql = new StringBuilder("WITH hits AS (SELECT e.rowid AS r, e.k AS k, e.tags AS t, ");
        if (empty)
            sql.Append("0.0 AS s FROM entries e WHERE 0");
        else if (clauses.Count > 0)
        {
            sql.Append(hasText ? "bm25(entries_text, 10.0, 1.0, 2.0, 3.0, 2.0, 3.0, 0.0)" : "0.0");
            sql.Append(" AS s FROM entries_text JOIN entries e ON e.rowid = entries_text.rowid WHERE entries_text MATCH $match");
            parameters.Add(("$match", string.Join(" AND ", clauses)));
        }
        else
            sql.Append("0.0 AS s FROM entries e");
        sql.Append(')');
        return new SearchSql(sql.ToString(), parameters, clauses.Count == 0 && !empty, empty);
    }

    /// <summary>One clause per word or glossary phrase, each an OR of what may stand for it.</summary>
    private static IEnumerable<string> TextClauses(List<string> words, IReadOnlyList<IReadOnlyList<string>> synonyms, Func<string, bool> known, Func<string, IReadOnlyList<string>> alternatives)
    {
        var groups = synonyms.Select(g => g.Select(SearchText.Words).Where(p => p.Count > 0).ToList()).Where(g => g.Count > 1).ToList();
        for (var i = 0; i < words.Count;)
        {
            var (group, length) = Synonyms(words, i, groups);
            if (group is not null)
            {
                yield return "(" + string.Join(" OR ", group.Select(p => $"\"{string.Join(' ', p)}\"")) + ")";
                i += length;
                continue;
            }
            var word = words[i];
            var options = new List<string> { $"\"{word}\"" };
            if (word.Length >= 3 && !known(word))
            {
                if (i == words.Count - 1)
                    options.Add($"\"{word}\"*");
                options.AddRange(alternatives(word).Select(a => $"\"{a}\""));
            }
            yield return "(" + string.Join(" OR ", options) + ")";
            i++;
        }
    }

    private static (List<List<string>>? Group, int Length) Synonyms(List<string> words, int at, List<List<List<string>>> groups)
    {
        foreach (var group in groups)
            foreach (var phrase in group.OrderByDescending(p => p.Count))
                if (at + phrase.Count <= words.Count && phrase.SequenceEqual(words.Skip(at).Take(phrase.Count)))
                    return (group, phrase.Count);
        return (null, 0);
    }
}

