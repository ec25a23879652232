using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Storage.OrganisationDirectory;
using Convening.Testing;

namespace Convening.Storage.Tests.Contract;

/// <summary>
/// The silo-local search index following the directory feed; run with the feed on SQLite and on
/// Cosmos DB, which is how a production cluster keeps every silo's index current.
/// </summary>
public abstract class DirectoryIndexContract : IDisposable
{
    private readonly TempDir _dir = new("index");
    private readonly List<LuceneDirectoryIndex> _indexes = [];

    protected abstract StoreHarness Db { get; }

    public void Dispose()
    {
        foreach (var index in _indexes)
            index.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
        (Db as IDisposable)?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Search_RanksANameMatchAboveADescriptionMatch_AndNeedsEveryWord()
    {
        var docs = GeneratedDirectory.Documents(40);
        var named = Named(docs[3], "Lighthouse Befriending", "We visit people at home.");
        var described = Named(docs[4], "Harbour Neighbours", "A lighthouse of support for people on their own.");
        var version = await GeneratedDirectory.Publish(Db.Log, [.. docs.Select(Change), Change(named), Change(described)]);
        var index = Index();
        await index.CatchUp(version);

        var hits = (await index.Search(new DirectoryQuery("lighthouse"))).Page;
        Assert.Equal([named.Id, described.Id], hits.Items.Select(d => d.Id));
        Assert.Equal(named.Id, Assert.Single((await index.Search(new DirectoryQuery("lighthouse visit"))).Page.Items).Id);
        Assert.Equal(named.Id, Assert.Single((await index.Search(new DirectoryQuery("befriend"))).Page.Items).Id);
    }

    [Fact]
    public async Task FacetCounts_AndFilters_MatchTheDataset()
    {
        var docs = GeneratedDirectory.Documents(300);
        var version = await GeneratedDirectory.Publish(Db.Log, docs.Select(Change));
        var index = Index();
        await index.CatchUp(version);
        var query = new DirectoryQuery("housing", Places: ["essex", "hackney"], Approaches: ["co-production"], First: 100);

        var result = await index.Search(query);

        // The word finds entries that say it and those in the sector of that name: text agrees with the facets.
        var expected = docs.Where(d => (d.Content.Description.Contains("housing") || d.Content.Sectors.Contains(Convening.Contracts.People.Sector.Housing)) && d.Content.Places.Intersect(["essex", "hackney"]).Any()
            && d.Content.Approaches.Any(a => a.Approach == "co-production")).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(d => d.Id).Order(), result.Page.Items.Select(d => d.Id).Order());
        Assert.Equal(expected.Count, result.Page.TotalCount);
        foreach (var place in GeneratedDirectory.Places)
            Assert.Equal(expected.Count(d => d.Content.Places.Contains(place)), Count(result, Facets.Place, place));
        foreach (var people in DirectoryTaxonomy.PeopleServed)
            Assert.Equal(expected.Count(d => d.Content.PeopleServed.Contains(people.Code)), Count(result, Facets.PeopleServed, people.Code));
        var everything = await index.Search(new DirectoryQuery());
        Assert.Equal(300, everything.Page.TotalCount);
        Assert.Equal(docs.Count(d => d.Content.Places.Contains("essex")), Count(everything, Facets.Place, "essex"));
    }

    [Fact]
    public async Task Pages_CoverEveryResultExactlyOnce_InNameOrderWithoutText()
    {
        var docs = GeneratedDirectory.Documents(95);
        var version = await GeneratedDirectory.Publish(Db.Log, docs.Select(Change));
        var index = Index();
        await index.CatchUp(version);

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = (await index.Search(new DirectoryQuery(First: 20, After: after))).Page;
            seen.AddRange(page.Items.Select(d => d.Content.Name));
            after = page.HasNextPage ? page.EndCursor : null;
            pages++;
        }
        while (after is not null);

        Assert.Equal(5, pages);
        Assert.Equal(docs.Select(d => d.Content.Name).Order(StringComparer.Ordinal), seen);
        await Assert.ThrowsAsync<ConveningException>(() => index.Search(new DirectoryQuery(After: "not-a-cursor")));
    }

    [Fact]
    public async Task ChangesAndRemovals_AreFollowed_ByEveryIndexSharingAFolder_AndARebuiltIndex()
    {
        var docs = GeneratedDirectory.Documents(10);
        var version = await GeneratedDirectory.Publish(Db.Log, docs.Select(Change));
        var first = Index("shared");
        var second = Index("shared");
        await first.CatchUp(version);

        version = await GeneratedDirectory.Publish(Db.Log, [Change(Named(docs[0], "Renamed Riverside", "New words.")), new DirectoryChange(docs[1].Id, null)], version);
        await second.CatchUp(version);
        await first.CatchUp(version);

        foreach (var index in new[] { first, second, Index("rebuilt") })
        {
            await index.CatchUp(version);
            Assert.Equal(9, (await index.Search(new DirectoryQuery())).Page.TotalCount);
            Assert.Equal("Renamed Riverside", (await index.Find(docs[0].Id))!.Content.Name);
            Assert.Null(await index.Find(docs[1].Id));
            Assert.Equal(0, (await index.Search(new DirectoryQuery(docs[1].Content.Name))).Page.TotalCount);
        }
    }

    [Theory]
    [InlineData("\"unclosed")]
    [InlineData("NEAR(a b) OR *")]
    [InlineData("name: -housing ^")]
    [InlineData("'; DROP TABLE entries; --")]
    public async Task SearchText_IsNeverReadAsQuerySyntax(string text)
    {
        var version = await GeneratedDirectory.Publish(Db.Log, GeneratedDirectory.Documents(5).Select(Change));
        var index = Index();
        await index.CatchUp(version);

        var result = await index.Search(new DirectoryQuery(text));

        Assert.True(result.Page.TotalCount >= 0);
        Assert.Equal(5, (await index.Search(new DirectoryQuery())).Page.TotalCount);
    }

    [Fact]
    public async Task Export_StreamsEveryMatchingEntry_InNameOrder()
    {
        var docs = GeneratedDirectory.Documents(1_200);
        var version = await GeneratedDirectory.Publish(Db.Log, docs.Select(Change), batch: 400);
        var index = Index();
        await index.CatchUp(version);

        var exported = new List<DirectoryDocument>();
        await foreach (var doc in index.Export(new DirectoryQuery(Places: ["essex"])))
            exported.Add(doc);

        Assert.Equal(docs.Where(d => d.Content.Places.Contains("essex")).Select(d => d.Content.Name).Order(StringComparer.Ordinal), exported.Select(d => d.Content.Name));
    }

    [Fact]
    public async Task SmallTypos_AndGlossarySynonyms_FindTheWord_ButNonsenseFindsNothing()
    {
        var docs = GeneratedDirectory.Documents(60);
        var befriending = Named(docs[5], "Harbour Neighbours", "Volunteers befriend people who live alone.");
        var version = await GeneratedDirectory.Publish(Db.Log, [.. docs.Select(Change), Change(befriending)]);
        var index = Index();
        await index.CatchUp(version);
        IReadOnlyList<IReadOnlyList<string>> glossary = [["companionship", "befriending"]];

        Assert.Equal(befriending.Id, Assert.Single((await index.Search(new DirectoryQuery("befirending"))).Page.Items).Id);
        Assert.Equal(befriending.Id, Assert.Single((await index.Search(new DirectoryQuery("companionship", Synonyms: glossary))).Page.Items).Id);
        Assert.Equal(0, (await index.Search(new DirectoryQuery("companionship"))).Page.TotalCount);
        Assert.Equal(0, (await index.Search(new DirectoryQuery("wqzxkj"))).Page.TotalCount);
        Assert.Equal(docs.Count(d => d.Content.Description.Contains("parenting")), (await index.Search(new DirectoryQuery("parentting", First: 100))).Page.TotalCount);
    }

    [Fact]
    public async Task UnknownFacetValues_FindNothing_AndLongQueries_AreAClearError()
    {
        var version = await GeneratedDirectory.Publish(Db.Log, GeneratedDirectory.Documents(20).Select(Change));
        var index = Index();
        await index.CatchUp(version);

        var unknown = await index.Search(new DirectoryQuery("housing", Places: ["nowhere-at-all"]));
        var tooLong = await Assert.ThrowsAsync<ConveningException>(() => index.Search(new DirectoryQuery(new string('a', 1000))));

        Assert.Equal((0, 0), (unknown.Page.TotalCount, unknown.Facets.Count));
        Assert.Equal("search.too-long", tooLong.Code);
    }

    [Fact]
    public async Task AnIndexFolderOfAnotherLayout_OrDamaged_OrAheadOfARestoredFeed_IsRebuiltFromTheFeed()
    {
        var version = await GeneratedDirectory.Publish(Db.Log, GeneratedDirectory.Documents(30).Select(Change));
        // An index of an earlier layout, and one of this layout ahead of the feed (the database was restored from an older backup).
        foreach (var (name, layout) in new[] { ("old", "0"), ("ahead", LuceneDirectoryIndex.Layout) })
        {
            using var folder = Lucene.Net.Store.FSDirectory.Open(Path.Combine(_dir.Path, name));
            using var writer = new Lucene.Net.Index.IndexWriter(folder, new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48)));
            writer.AddDocument([new Lucene.Net.Documents.StringField("id", "stale", Lucene.Net.Documents.Field.Store.YES)]);
            writer.SetCommitData(new Dictionary<string, string> { ["layout"] = layout, ["applied"] = "999" });
            writer.Commit();
        }
        var damaged = Path.Combine(_dir.Path, "damaged");
        Directory.CreateDirectory(damaged);
        File.WriteAllText(Path.Combine(damaged, "segments_2"), "not an index");

        foreach (var index in new[] { Index("old"), Index("ahead"), Index("damaged") })
        {
            await index.CatchUp(version);

            Assert.Equal(30, (await index.Search(new DirectoryQuery())).Page.TotalCount);
            Assert.Null(await index.Find("stale"));
        }
    }

    [Fact]
    public async Task PagesPastTheEnd_AreEmpty_AndKeepTheTotal()
    {
        var version = await GeneratedDirectory.Publish(Db.Log, GeneratedDirectory.Documents(30).Select(Change));
        var index = Index();
        await index.CatchUp(version);

        foreach (var text in new string?[] { null, "housing" })
        {
            var total = (await index.Search(new DirectoryQuery(text))).Page.TotalCount;
            var past = (await index.Search(new DirectoryQuery(text, After: SearchCursor.Encode(int.MaxValue - 10), First: 100))).Page;

            Assert.Empty(past.Items);
            Assert.False(past.HasNextPage);
            Assert.Equal(total, past.TotalCount);
        }
        var tooMany = await Assert.ThrowsAsync<ConveningException>(() => index.Search(new DirectoryQuery(First: 100_000)));
        Assert.Equal("page.size-out-of-range", tooMany.Code);
    }

    private LuceneDirectoryIndex Index(string name = "index")
    {
        var index = new LuceneDirectoryIndex(Path.Combine(_dir.Path, name), Db.Log);
        _indexes.Add(index);
        return index;
    }

    private static DirectoryChange Change(DirectoryDocument document) => new(document.Id, document);

    private static DirectoryDocument Named(DirectoryDocument document, string name, string description) =>
        document with { Content = document.Content with { Name = name, Description = description } };

    private static int Count(DirectoryResult result, string facet, string value) =>
        result.Facets.FirstOrDefault(f => f.Facet == facet && f.Value == value)?.Count ?? 0;
}
