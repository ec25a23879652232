using System.Globalization;
using Convening.Contracts.OrganisationDirectory;
using Lucene.Net.Index;
using Term = Lucene.Net.Index.Term;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Convening.Storage.OrganisationDirectory;

public sealed partial class LuceneDirectoryIndex
{
    /// <summary>
    /// The index's layout (fields, analysis); a folder of another layout, or one that cannot be
    /// read, is emptied and rebuilt from the feed (it is derived data).
    /// </summary>
    public const string Layout = "1";

    private const string LayoutKey = "layout", AppliedKey = "applied";

    /// <summary>Read batches between commits while catching up, so a long rebuild keeps what it has done.</summary>
    private const int CommitEvery = 50;

    private Opened Open()
    {
        try
        {
            System.IO.Directory.CreateDirectory(_path);
            var folder = FSDirectory.Open(_path);
            try
            {
                if (!IsCurrent(folder))
                    Empty(folder);
                return new Opened(folder, new SearcherManager(folder, new Bm25SearcherFactory()));
            }
            catch (IOException e) when (IsDamaged(e))
            {
                Empty(folder);
                return new Opened(folder, new SearcherManager(folder, new Bm25SearcherFactory()));
            }
        }
        catch (Exception e) when (IndexFaults.Classify(e, _path, "creation of the directory index") is { } fault)
        {
            throw fault;
        }
    }

    /// <summary>Whether the folder holds a readable index of this layout.</summary>
    private static bool IsCurrent(FSDirectory folder)
    {
        try
        {
            return DirectoryReader.IndexExists(folder)
                && DirectoryReader.ListCommits(folder)[^1].UserData.TryGetValue(LayoutKey, out var layout) && layout == Layout;
        }
        catch (IOException e) when (IsDamaged(e))
        {
            return false;
        }
    }

    private static bool IsDamaged(IOException e) => e is CorruptIndexException or EndOfStreamException or FileNotFoundException;

    /// <summary>
    /// Replaces the index the folder holds with an empty one of this layout at feed version 0. The
    /// old index's files go first (even a writer creating anew reads them, and they may be damaged);
    /// anything else in the folder is left alone.
    /// </summary>
    private void Empty(FSDirectory folder)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(_path))
            if (Path.GetFileName(file) is var name && (name.StartsWith("segments", StringComparison.Ordinal) || name.StartsWith('_') || name == "write.lock"))
                File.Delete(file);
        using var writer = Writer(folder, OpenMode.CREATE);
        Commit(writer, 0);
    }

    /// <summary>Applies the feed's events after <paramref name="applied"/> up to <paramref name="version"/>; returns the version reached.</summary>
    private async Task<long> Write(FSDirectory folder, long applied, long version)
    {
        using var writer = Writer(folder, OpenMode.APPEND);
        // Another index on this folder may have gone further since this one's reader was opened.
        applied = Math.Max(applied, AppliedIn(writer.CommitData));
        var batches = 0;
        while (applied < version)
        {
            var events = await _log.Read(IDirectoryFeedGrain.Stream, applied, ReadBatch);
            if (events.Count == 0)
                break;
            foreach (var e in events.Where(e => e.Version > applied))
            {
                foreach (var change in DirectoryFeedCodec.Decode(e.Data))
                {
                    var id = new Term(IndexFields.Id, change.Id);
                    if (change.Document is { } document)
                        writer.UpdateDocument(id, IndexFields.Of(document));
                    else
                        writer.DeleteDocuments(id);
                }
                applied = e.Version;
            }
            if (++batches % CommitEvery == 0)
                Commit(writer, applied);
        }
        Commit(writer, applied);
        return applied;
    }

    private IndexWriter Writer(FSDirectory folder, OpenMode mode)
    {
        EnsureWritable();
        return new(folder, new IndexWriterConfig(DirectoryAnalyzer.Version, _analyzer)
        {
            OpenMode = mode,
            RAMBufferSizeMB = 64,
            Similarity = Bm25SearcherFactory.Similarity,
            // Another index on the same folder may be writing: wait for it as SQLite's busy timeout did.
            WriteLockTimeout = 30_000,
        });
    }

    /// <summary>
    /// Writes and removes a one-byte file, so that a read-only or full disk is told at once: Lucene
    /// retries a write lock it cannot create for the whole lock timeout, as if another writer held it.
    /// </summary>
    private void EnsureWritable()
    {
        var probe = Path.Combine(_path, $"writable-{Guid.NewGuid():N}.probe");
        File.WriteAllBytes(probe, [0]);
        File.Delete(probe);
    }

    private static void Commit(IndexWriter writer, long applied)
    {
        writer.SetCommitData(new Dictionary<string, string> { [LayoutKey] = Layout, [AppliedKey] = applied.ToString(CultureInfo.InvariantCulture) });
        writer.Commit();
    }

    private static long AppliedIn(SearcherManager searchers)
    {
        var searcher = searchers.Acquire();
        try
        {
            return AppliedIn(((DirectoryReader)searcher.IndexReader).IndexCommit.UserData);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private static long AppliedIn(IDictionary<string, string>? data) =>
        data is not null && data.TryGetValue(AppliedKey, out var applied) ? long.Parse(applied, CultureInfo.InvariantCulture) : 0;
}
