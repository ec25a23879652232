using System.Runtime.CompilerServices;
using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.Storage;
using Lucene.Net.Index;
using Term = Lucene.Net.Index.Term;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Convening.Storage.OrganisationDirectory;

/// <summary>
/// The published directory held by one silo in a Lucene.NET index folder (decision 0030). It is
/// derived data: it follows the directory feed in the event log (on SQLite or Cosmos DB alike),
/// records the feed version it has applied in each commit, and is rebuilt from the feed when the
/// folder is missing, damaged or of another layout. Each silo keeps its own folder; two indexes
/// on one folder take turns through Lucene's write lock and skip what the other applied.
/// </summary>
public sealed partial class LuceneDirectoryIndex : IDirectoryIndex, IDisposable
{
    private const int ReadBatch = 200;
    private readonly string _path;
    private readonly IEventLog _log;
    private readonly DirectoryAnalyzer _analyzer = new();
    private readonly SemaphoreSlim _catchingUp = new(1, 1);
    private readonly System.Threading.Lock _opening = new();
    private Opened? _opened;
    private long _applied = -1;
    private (IndexReader Reader, int Total, IReadOnlyList<FacetCount> Counts, int[] InNameOrder)? _all;

    public LuceneDirectoryIndex(string path, IEventLog log)
    {
        _path = Path.GetFullPath(path);
        _log = log;
    }

    private sealed record Opened(FSDirectory Folder, SearcherManager Searchers);

    /// <summary>The folder and its searchers, opened on first use and tried again after a failure (a full or read-only disk mends).</summary>
    private Opened Index
    {
        get
        {
            if (Volatile.Read(ref _opened) is { } opened)
                return opened;
            lock (_opening)
                return _opened ??= Open();
        }
    }

    public async Task CatchUp(long version)
    {
        if (Volatile.Read(ref _applied) >= version)
            return;
        await _catchingUp.WaitAsync();
        try
        {
            var (folder, searchers) = Index;
            searchers.MaybeRefreshBlocking();
            var applied = AppliedIn(searchers);
            if (applied > version && Volatile.Read(ref _applied) < 0)
            {
                // Ahead of the feed before this process applied anything: the feed was restored from
                // an older backup (the feed's version never goes back), so the folder describes another directory.
                Empty(folder);
                searchers.MaybeRefreshBlocking();
                applied = 0;
            }
            if (applied < version)
            {
                applied = await Write(folder, applied, version);
                searchers.MaybeRefreshBlocking();
            }
            Volatile.Write(ref _applied, applied);
        }
        catch (Exception e) when (IndexFaults.Classify(e, _path, "update of the directory index") is { } fault)
        {
            throw fault;
        }
        finally
        {
            _catchingUp.Release();
        }
    }

    public Task<DirectoryDocument?> Find(string id) => Task.FromResult(WithSearcher(searcher =>
    {
        var hits = searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1);
        return hits.TotalHits == 0 ? null : DirectoryFeedCodec.Document(searcher.Doc(hits.ScoreDocs[0].Doc).Get(IndexFields.Document));
    }));

    public Task<DirectoryResult> Search(DirectoryQuery query)
    {
        if (query.First is < 1 or > 100)
            throw new ConveningException("page.size-out-of-range", "Ask for between 1 and 100 entries at a time.");
        var offset = SearchCursor.Decode(query.After);
        return Task.FromResult(WithSearcher(searcher =>
        {
            var (lucene, hasText) = new QueryBuilder(searcher.IndexReader, _analyzer).Build(query);
            var (total, items, facets) = lucene is MatchAllDocsQuery ? Everything(searcher, offset, query.First) : Matching(searcher, lucene, hasText, offset, query.First);
            var end = offset + items.Count;
            var page = new Page<DirectoryDocument>(items, items.Count == 0 ? query.After : SearchCursor.Encode(end), end < total, total);
            return new DirectoryResult(page, facets);
        }));
    }

    public async IAsyncEnumerable<DirectoryDocument> Export(DirectoryQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var searchers = Index.Searchers;
        var searcher = searchers.Acquire();
        try
        {
            // One snapshot of the index, in name order, however long the reader takes.
            var (lucene, _) = new QueryBuilder(searcher.IndexReader, _analyzer).Build(query);
            var hits = searcher.Search(lucene, null, Math.Max(1, searcher.IndexReader.MaxDoc), NameOrder);
            for (var i = 0; i < hits.ScoreDocs.Length && !cancellationToken.IsCancellationRequested; i++)
            {
                yield return DirectoryFeedCodec.Document(searcher.Doc(hits.ScoreDocs[i].Doc).Get(IndexFields.Document));
                if (i % 500 == 499)
                    await Task.Yield();
            }
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private static readonly Sort NameOrder = new(new SortField(IndexFields.SortKey, SortFieldType.STRING), new SortField(IndexFields.Id, SortFieldType.STRING));
    private static readonly Sort BestFirst = new(SortField.FIELD_SCORE, new SortField(IndexFields.SortKey, SortFieldType.STRING), new SortField(IndexFields.Id, SortFieldType.STRING));

    /// <summary>Every match is counted and faceted as it is found; only the page's documents are read.</summary>
    private static (int Total, List<DirectoryDocument> Items, IReadOnlyList<FacetCount> Facets) Matching(IndexSearcher searcher, Query query, bool hasText, int offset, int first)
    {
        // A page past the end keeps no queue of a billion places: at most every entry is ranked.
        var wanted = (int)Math.Min((long)offset + first, Math.Max(1, searcher.IndexReader.MaxDoc));
        var top = TopFieldCollector.Create(hasText ? BestFirst : NameOrder, wanted, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
        var facets = new FacetCounter();
        searcher.Search(query, MultiCollector.Wrap(top, facets));
        return (top.TotalHits, Documents(searcher, top.GetTopDocs(offset, first)), facets.Counts());
    }

    /// <summary>
    /// The whole directory (no words, no filters): its total, facet counts and every entry's place
    /// in name order are worked out once per reader and kept until the index changes, so any page of
    /// it reads only that page's documents.
    /// </summary>
    private (int Total, List<DirectoryDocument> Items, IReadOnlyList<FacetCount> Facets) Everything(IndexSearcher searcher, int offset, int first)
    {
        if (_all is not { } all || !ReferenceEquals(all.Reader, searcher.IndexReader))
        {
            var counter = new FacetCounter();
            searcher.Search(new MatchAllDocsQuery(), counter);
            var inOrder = searcher.Search(new MatchAllDocsQuery(), null, Math.Max(1, searcher.IndexReader.MaxDoc), NameOrder).ScoreDocs.Select(d => d.Doc).ToArray();
            _all = all = (searcher.IndexReader, inOrder.Length, counter.Counts(), inOrder);
        }
        var page = all.InNameOrder.Skip(offset).Take(first);
        return (all.Total, [.. page.Select(doc => DirectoryFeedCodec.Document(searcher.Doc(doc).Get(IndexFields.Document)))], all.Counts);
    }

    private static List<DirectoryDocument> Documents(IndexSearcher searcher, TopDocs hits, int skip = 0) =>
        [.. hits.ScoreDocs.Skip(skip).Select(d => DirectoryFeedCodec.Document(searcher.Doc(d.Doc).Get(IndexFields.Document)))];

    private T WithSearcher<T>(Func<IndexSearcher, T> read)
    {
        var searchers = Index.Searchers;
        var searcher = searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        if (_opened is { } opened)
        {
            opened.Searchers.Dispose();
            opened.Folder.Dispose();
        }
        _analyzer.Dispose();
        _catchingUp.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public static readonly Similarity Similarity = new BM25Similarity();

        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
