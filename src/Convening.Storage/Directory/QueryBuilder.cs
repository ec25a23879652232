using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Term = Lucene.Net.Index.Term;
using Lucene.Net.Search;

namespace Convening.Storage.OrganisationDirectory;

/// <summary>
/// A directory query as a Lucene query, built from objects (never parsed from text, so no query
/// syntax a person types reaches the engine). Every word must match, in any text field, weighted
/// by field; a glossary phrase matches any of its synonyms; a word no entry has also matches as a
/// prefix when it is the last (someone still typing) and as near spellings (a typo: one edit, two
/// in words of eight or more letters). Chosen facet values filter without changing the score:
/// within a facet any value, across facets all.
/// </summary>
internal sealed class QueryBuilder(IndexReader reader, Analyzer analyzer)
{
    public (Query Query, bool HasText) Build(DirectoryQuery query)
    {
        var words = SearchText.Words(query.Text);
        var facets = Facets(query);
        var all = new BooleanQuery();
        foreach (var clause in TextClauses(words, query.Synonyms ?? []))
            all.Add(clause, Occur.MUST);
        var hasText = all.Clauses.Count > 0;
        foreach (var (facet, values) in facets)
        {
            var any = new BooleanQuery();
            foreach (var value in values)
                any.Add(new TermQuery(new Term(IndexFields.Facet(facet), value)), Occur.SHOULD);
            all.Add(new ConstantScoreQuery(any) { Boost = 0f }, Occur.MUST);
        }
        return all.Clauses.Count == 0 ? (new MatchAllDocsQuery(), false) : (all, hasText);
    }

    private static List<(string Facet, List<string> Values)> Facets(DirectoryQuery query)
    {
        var facets = new List<(string, List<string>)>();
        foreach (var (facet, values) in new[] { (Contracts.OrganisationDirectory.Facets.Place, query.Places), (Contracts.OrganisationDirectory.Facets.Approach, query.Approaches), (Contracts.OrganisationDirectory.Facets.Sector, query.Sectors), (Contracts.OrganisationDirectory.Facets.PeopleServed, query.PeopleServed) })
        {
            var chosen = (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().ToList();
            if (chosen.Count > SearchText.MaxValuesPerFacet)
                throw new ConveningException("search.too-many-values", $"Choose up to {SearchText.MaxValuesPerFacet} values of one filter.");
            if (chosen.Count > 0)
                facets.Add((facet, chosen));
        }
        return facets;
    }

    /// <summary>One clause per word or glossary phrase, each an OR of what may stand for it; stop words ("to", "and") add none.</summary>
    private IEnumerable<Query> TextClauses(List<string> words, IReadOnlyList<IReadOnlyList<string>> synonyms)
    {
        var groups = synonyms.Select(g => g.Select(SearchText.Words).Where(p => p.Count > 0).ToList()).Where(g => g.Count > 1).ToList();
        for (var i = 0; i < words.Count;)
        {
            var (group, length) = Synonyms(words, i, groups);
            if (group is not null)
            {
                var any = new BooleanQuery();
                foreach (var phrase in group)
                    foreach (var (field, weight) in IndexFields.Text)
                        if (Phrase(field, weight, string.Join(' ', phrase)) is { } q)
                            any.Add(q, Occur.SHOULD);
                if (any.Clauses.Count > 0)
                    yield return any;
                i += length;
                continue;
            }
            var word = words[i];
            var terms = Analyse(word);
            if (terms.Count == 1)
                yield return Word(terms[0].Term, word, last: i == words.Count - 1);
            else if (terms.Count > 1)
                yield return AnyField(field => Phrase(field, 1f, word));
            i++;
        }
    }

    /// <summary>How many near spellings a misspelt word stands for, across all fields (Lucene's fuzzy query took 5 per field).</summary>
    private const int MaxSpellings = 5;

    /// <summary>A word's stem in any text field; a word no entry has also as a prefix (if last) and as its nearest spellings.</summary>
    private BooleanQuery Word(string stem, string word, bool last)
    {
        var any = new BooleanQuery();
        var known = IndexFields.Text.Any(f => reader.DocFreq(new Term(f.Field, stem)) > 0);
        var near = known || word.Length < 4 || word.All(char.IsAsciiDigit) || stem.Length == 0
            ? []
            : Spellings.Near(reader, stem, word.Length >= 8 ? 2 : 1, MaxSpellings);
        foreach (var (field, weight) in IndexFields.Text)
        {
            any.Add(new TermQuery(new Term(field, stem)) { Boost = weight }, Occur.SHOULD);
            if (known || word.Length < 3)
                continue;
            if (last)
                any.Add(new PrefixQuery(new Term(field, stem.Length < word.Length ? stem : word)) { Boost = weight }, Occur.SHOULD);
            foreach (var (spelling, similarity) in near)
                any.Add(new TermQuery(new Term(field, spelling)) { Boost = weight * similarity }, Occur.SHOULD);
        }
        return any;
    }

    private static BooleanQuery AnyField(Func<string, Query?> query)
    {
        var any = new BooleanQuery();
        foreach (var (field, weight) in IndexFields.Text)
            if (query(field) is { } q)
            {
                q.Boost = weight;
                any.Add(q, Occur.SHOULD);
            }
        return any;
    }

    /// <summary>The analysed words of a text at their positions (a left-out stop word keeps its gap), or null if none is left.</summary>
    private PhraseQuery? Phrase(string field, float weight, string text)
    {
        var terms = Analyse(text);
        if (terms.Count == 0)
            return null;
        var phrase = new PhraseQuery { Boost = weight };
        foreach (var (term, position) in terms)
            phrase.Add(new Term(field, term), position);
        return phrase;
    }

    private List<(string Term, int Position)> Analyse(string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(IndexFields.Text[0].Field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }
        stream.End();
        return terms;
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
