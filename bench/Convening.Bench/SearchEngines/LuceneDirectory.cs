using System.Text.RegularExpressions;
using Convening.Contracts;
using Convening.Contracts.Directory;
using Convening.Storage.Directory;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;
using Term = Lucene.Net.Index.Term;

namespace Convening.Bench.SearchEngines;

/// <summary>
/// The directory search of <c>SqliteDirectoryIndex</c> rebuilt on Lucene.NET for comparison only
/// (docs/decisions/0025): the same text fields and weights, English analysis with Porter stemming,
/// BM25, the last word also as a prefix, typo widening for words no entry has, glossary phrases,
/// facets as exact terms ANDed with the text, and facet counts over every match.
/// </summary>
public sealed partial class LuceneDirectory : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly (string Field, float Weight)[] TextFields =
        [("name", 10f), ("description", 1f), ("services", 2f), ("approaches", 3f), ("places", 2f), ("people", 3f)];

    private readonly FSDirectory _directory;
    private readonly Analyzer _analyzer = new EnglishAnalyzer(Version);
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;

    public LuceneDirectory(string path) => _directory = FSDirectory.Open(path);

    /// <summary>Indexes the documents from empty and commits; returns when they are searchable.</summary>
    public void Build(IEnumerable<DirectoryDocument> documents)
    {
        var config = new IndexWriterConfig(Version, _analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 64, Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var document in documents)
                writer.AddDocument(Fields(document));
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    private static LuceneDocument Fields(DirectoryDocument document)
    {
        var content = document.Content;
        var fields = new LuceneDocument
        {
            new StringField("id", document.Id, Field.Store.NO),
            new StoredField("doc", DirectoryFeedCodec.Json(document)),
        };
        foreach (var (field, text) in IndexedText.Fields(content))
            fields.Add(new TextField(field, text, Field.Store.NO));
        foreach (var (facet, value) in IndexedText.FacetValues(content).Distinct())
        {
            fields.Add(new StringField("facet-" + facet, value, Field.Store.NO));
            fields.Add(new SortedSetDocValuesField("dv-" + facet, new BytesRef(value)));
        }
        return fields;
    }

    public DirectoryResult Search(DirectoryQuery query)
    {
        var searcher = _searcher ?? throw new InvalidOperationException("Build the index first.");
        var top = TopScoreDocCollector.Create(query.First, docsScoredInOrder: false);
        var facets = new FacetCounter();
        searcher.Search(Query(query), MultiCollector.Wrap(top, facets));
        var hits = top.GetTopDocs();
        var items = hits.ScoreDocs.Select(d => DirectoryFeedCodec.Document(searcher.Doc(d.Doc).Get("doc"))).ToList();
        var page = new Page<DirectoryDocument>(items, null, hits.TotalHits > items.Count, hits.TotalHits);
        return new DirectoryResult(page, facets.Counts());
    }

    private Query Query(DirectoryQuery query)
    {
        var all = new BooleanQuery();
        var words = Words(query.Text);
        foreach (var clause in TextClauses(words, query.Synonyms ?? []))
            all.Add(clause, Occur.MUST);
        foreach (var (facet, values) in new[] { (Facets.Place, query.Places), (Facets.Approach, query.Approaches), (Facets.Sector, query.Sectors), (Facets.PeopleServed, query.PeopleServed) })
        {
            if (values is not { Count: > 0 })
                continue;
            var any = new BooleanQuery();
            foreach (var value in values)
                any.Add(new TermQuery(new Term("facet-" + facet, value)), Occur.SHOULD);
            all.Add(new ConstantScoreQuery(any) { Boost = 0f }, Occur.MUST);
        }
        return all.Clauses.Count == 0 ? new MatchAllDocsQuery() : all;
    }

    private IEnumerable<Query> TextClauses(List<string> words, IReadOnlyList<IReadOnlyList<string>> synonyms)
    {
        var groups = synonyms.Select(g => g.Select(Words).Where(p => p.Count > 0).ToList()).Where(g => g.Count > 1).ToList();
        for (var i = 0; i < words.Count;)
        {
            var group = groups.SelectMany(g => g.OrderByDescending(p => p.Count).Select(p => (Group: g, Phrase: p)))
                .FirstOrDefault(x => i + x.Phrase.Count <= words.Count && x.Phrase.SequenceEqual(words.Skip(i).Take(x.Phrase.Count)));
            if (group.Group is not null)
            {
                var any = new BooleanQuery();
                foreach (var phrase in group.Group)
                    foreach (var (field, weight) in TextFields)
                        any.Add(Phrase(field, weight, phrase), Occur.SHOULD);
                yield return any;
                i += group.Phrase.Count;
                continue;
            }
            var word = words[i];
            var stems = Analyse(word);
            if (stems.Count == 1)
                yield return Word(stems[0], word, last: i == words.Count - 1);
            i++;
        }
    }

    /// <summary>A word in any text field; as a prefix if it is the last; near spellings if no entry has it.</summary>
    private BooleanQuery Word(string stem, string word, bool last)
    {
        var any = new BooleanQuery();
        var known = TextFields.Any(f => _reader!.DocFreq(new Term(f.Field, stem)) > 0);
        foreach (var (field, weight) in TextFields)
        {
            any.Add(new TermQuery(new Term(field, stem)) { Boost = weight }, Occur.SHOULD);
            if (last && word.Length >= 3)
                any.Add(new PrefixQuery(new Term(field, stem)) { Boost = weight }, Occur.SHOULD);
            if (!known && word.Length >= 4 && !word.All(char.IsAsciiDigit))
                any.Add(new FuzzyQuery(new Term(field, stem), word.Length >= 8 ? 2 : 1, prefixLength: 1, maxExpansions: 5, transpositions: true) { Boost = weight }, Occur.SHOULD);
        }
        return any;
    }

    private PhraseQuery Phrase(string field, float weight, List<string> words)
    {
        var phrase = new PhraseQuery { Boost = weight };
        foreach (var stem in words.SelectMany(Analyse))
            phrase.Add(new Term(field, stem));
        return phrase;
    }

    private List<string> Analyse(string text)
    {
        var stems = new List<string>();
        using var stream = _analyzer.GetTokenStream("name", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            stems.Add(term.ToString());
        stream.End();
        return stems;
    }

    private static List<string> Words(string? text) =>
        [.. WordPattern().Matches(text ?? "").Select(m => m.Value.ToLowerInvariant()).Distinct().Take(12)];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    /// <summary>Counts each facet value over every matching entry (what the directory page shows beside the results).</summary>
    private sealed class FacetCounter : ICollector
    {
        private readonly Dictionary<(string, string), int> _counts = [];
        private readonly List<(string Facet, SortedSetDocValues Values, int[] Counts)> _segment = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            Flush();
            foreach (var facet in Facets.All)
                if (context.AtomicReader.GetSortedSetDocValues("dv-" + facet) is { } values)
                    _segment.Add((facet, values, new int[values.ValueCount]));
        }

        public void Collect(int doc)
        {
            foreach (var (_, values, counts) in _segment)
            {
                values.SetDocument(doc);
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                    counts[ord]++;
            }
        }

        public IReadOnlyList<FacetCount> Counts()
        {
            Flush();
            return [.. _counts.Select(c => new FacetCount(c.Key.Item1, c.Key.Item2, c.Value))];
        }

        private void Flush()
        {
            var value = new BytesRef();
            foreach (var (facet, values, counts) in _segment)
                for (var ord = 0; ord < counts.Length; ord++)
                    if (counts[ord] > 0)
                    {
                        values.LookupOrd(ord, value);
                        var key = (facet, value.Utf8ToString());
                        _counts[key] = _counts.GetValueOrDefault(key) + counts[ord];
                    }
            _segment.Clear();
        }
    }
}
