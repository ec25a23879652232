using Convening.Contracts.OrganisationDirectory;
using Convening.Storage.OrganisationDirectory;
using Convening.Storage.Sqlite;
using Convening.Testing;
using Convening.Web.Demo;

namespace Convening.Web.Tests.OrganisationDirectory;

/// <summary>
/// A judged set of searches over the demo directory (the entries a new user meets first): each
/// query with the entry that must come first, or be among the first three where several fit equally.
/// </summary>
public sealed class SearchRelevanceTests : IAsyncLifetime, IDisposable
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> Glossary = JudgedSearches.Glossary;
    private readonly TempDir _dir = new("relevance");
    private LuceneDirectoryIndex _index = null!;
    private List<DirectoryDocument> _documents = [];

    public static TheoryData<string, string, int> Judged
    {
        get
        {
            var data = new TheoryData<string, string, int>();
            foreach (var (query, expected, within) in JudgedSearches.All)
                data.Add(query, expected, within);
            return data;
        }
    }

    public async Task InitializeAsync()
    {
        var log = new SqliteEventLog(new SqliteDatabase(new SqliteStorageOptions { DataPath = _dir.Path }));
        _documents = [.. DemoOrganisations.All.Select(o => new DirectoryDocument(DemoDirectory.Id(o.Content.Name), o.Content, DateTimeOffset.UnixEpoch, []))];
        var version = await GeneratedDirectory.Publish(log, _documents.Select(d => new DirectoryChange(d.Id, d)));
        _index = new LuceneDirectoryIndex(Path.Combine(_dir.Path, "index"), log);
        await _index.CatchUp(version);
    }

    [Theory]
    [MemberData(nameof(Judged))]
    public async Task JudgedQuery_FindsTheExpectedEntryFirst(string query, string expected, int within)
    {
        var names = (await _index.Search(new DirectoryQuery(query, Synonyms: Glossary))).Page.Items.Select(d => d.Content.Name).ToList();

        Assert.Contains(expected, names.Take(within));
    }

    [Fact]
    public async Task JudgedSet_HasAtLeastThirtyQueries() => Assert.True(await Task.FromResult(Judged.Count) >= 30);

    [Theory]
    [InlineData("young people", "young-people")]
    [InlineData("older people", "older-people")]
    [InlineData("carers", "carers")]
    [InlineData("homelessness", "homelessness")]
    public async Task TextOfAFacetValue_FindsEveryEntryTheFacetFinds(string text, string facet)
    {
        var byText = (await _index.Search(new DirectoryQuery(text, First: 100))).Page.Items.Select(d => d.Id).ToHashSet();
        var byFacet = (await _index.Search(new DirectoryQuery(PeopleServed: [facet], First: 100))).Page.Items.Select(d => d.Id).ToList();

        Assert.NotEmpty(byFacet);
        Assert.All(byFacet, id => Assert.Contains(id, byText));
    }

    [Fact]
    public async Task Synonym_FindsWhatItsGlossaryPartnerFinds()
    {
        var youth = await _index.Search(new DirectoryQuery("youth", Synonyms: Glossary, First: 100));
        var youngPeople = await _index.Search(new DirectoryQuery("young people", Synonyms: Glossary, First: 100));
        var withoutGlossary = await _index.Search(new DirectoryQuery("youth", First: 100));

        Assert.Equal(youngPeople.Page.Items.Select(d => d.Id).Order(), youth.Page.Items.Select(d => d.Id).Order());
        Assert.True(youth.Page.TotalCount > withoutGlossary.Page.TotalCount);
    }

    [Theory]
    [InlineData("\"NHS")]
    [InlineData("NHS OR NOT nurse*")]
    [InlineData("name:(NHS AND nurse)")]
    [InlineData("NEAR(family nurse, 2)")]
    [InlineData("nurse^3 ~2 {a TO b} -x")]
    public async Task SearchSyntax_IsReadAsWords_NeverAsSyntax(string query)
    {
        var result = await _index.Search(new DirectoryQuery(query));

        Assert.True(result.Page.TotalCount >= 0);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _index.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
