using Convening.Contracts.Directory;
using Convening.Storage.Directory;
using Convening.Storage.Sqlite;
using Convening.Testing;
using Convening.Web.Demo;

namespace Convening.Web.Tests.Directory;

/// <summary>
/// A judged set of searches over the demo directory (the entries a new user meets first): each
/// query with the entry that must come first, or be among the first three where several fit equally.
/// </summary>
public sealed class SearchRelevanceTests : IAsyncLifetime, IDisposable
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> Glossary = [["young people", "youth"]];
    private readonly TempDir _dir = new("relevance");
    private SqliteDirectoryIndex _index = null!;
    private List<DirectoryDocument> _documents = [];

    public static TheoryData<string, string, int> Judged => new()
    {
        { "NHS", "Hackney Family Nurse Partnership", 1 },
        { "nhs", "Hackney Family Nurse Partnership", 1 },
        { "befriending", "Homeshare Basildon", 1 },
        { "befriend", "Homeshare Basildon", 1 },
        { "befirending", "Homeshare Basildon", 1 },
        { "young people", "Foyer Coaching for Young People", 1 },
        { "youth", "Foyer Coaching for Young People", 3 },
        { "shared lives", "Essex Shared Lives", 1 },
        { "homeshare", "Homeshare Basildon", 1 },
        { "family nurse", "Hackney Family Nurse Partnership", 1 },
        { "nurses", "Hackney Family Nurse Partnership", 1 },
        { "coaching", "Foyer Coaching for Young People", 1 },
        { "coach", "Foyer Coaching for Young People", 1 },
        { "trauma", "Trauma-informed Communities Partnership", 1 },
        { "traumma", "Trauma-informed Communities Partnership", 1 },
        { "listening circles", "Trauma-informed Communities Partnership", 1 },
        { "personal budgets", "Essex Disabled People's Network", 1 },
        { "direct payment", "Essex Disabled People's Network", 1 },
        { "right to control", "Right to Control support planning", 1 },
        { "Access to Work", "Right to Control support planning", 1 },
        { "disabled", "Essex Disabled People's Network", 1 },
        { "Gainsborough", "Lincolnshire Local Area Coordination", 1 },
        { "DN21 2NG", "Lincolnshire Local Area Coordination", 1 },
        { "Lincolnshire", "Valuing Good Lives Lincolnshire", 2 },
        { "Lincolnshre", "Valuing Good Lives Lincolnshire", 2 },
        { "Aberdeen", "Northfield No Wrong Door", 3 },
        { "drop-in", "Northfield No Wrong Door", 1 },
        { "homelessness", "Foyer Coaching for Young People", 2 },
        { "mental health", "Trauma-informed Communities Partnership", 1 },
        { "carers", "Essex Shared Lives", 3 },
        { "older people", "Homeshare Basildon", 3 },
        { "council", "Right to Control support planning", 4 },
        { "Hackney", "Families Together Hackney", 2 },
        { "health visitors", "Families Together Hackney", 1 },
        { "local area coordinator", "Lincolnshire Local Area Coordination", 1 },
        { "good lives", "Valuing Good Lives Lincolnshire", 1 },
        { "social enterprise", "Homeshare Basildon", 2 },
    };

    public async Task InitializeAsync()
    {
        var log = new SqliteEventLog(new SqliteDatabase(new SqliteStorageOptions { DataPath = _dir.Path }));
        _documents = [.. DemoOrganisations.All.Select(o => new DirectoryDocument(DemoDirectory.Id(o.Content.Name), o.Content, DateTimeOffset.UnixEpoch, []))];
        var version = await GeneratedDirectory.Publish(log, _documents.Select(d => new DirectoryChange(d.Id, d)));
        _index = new SqliteDirectoryIndex(Path.Combine(_dir.Path, "index.db"), log);
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
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
