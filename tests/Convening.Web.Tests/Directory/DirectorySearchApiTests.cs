using System.Text.Json.Nodes;
using static Convening.Web.Tests.OrganisationDirectory.DirectoryApi;

namespace Convening.Web.Tests.OrganisationDirectory;

/// <summary>Search through the API on a generated dataset: relevance, facet counts, paging and bad input.</summary>
[Collection(WebCollection.Name)]
public sealed class DirectorySearchApiTests(WebAppFixture app)
{
    [Fact]
    public async Task NameMatch_RanksAboveDescriptionMatch()
    {
        var (submitter, moderator) = (await new Scenario(app).Register("Ria"), await Moderator(app));
        var place = await Scenario.CreatePlace(submitter);
        var word = Word();
        await Published(submitter, moderator, Content(place, "Aardvark advice line", $"We talk about {word} every day and {word} again."));
        await Published(submitter, moderator, Content(place, $"Zebra {word} hub", "A community hub."));
        await Published(submitter, moderator, Content(place, "Unrelated group", "Nothing to see."));

        var result = await Search(app.GraphQL(), new { text = word });

        Assert.Equal([$"Zebra {word} hub", "Aardvark advice line"], Names(result));
        Assert.Equal(2, result["totalCount"]!.GetValue<int>());
        Assert.StartsWith("We talk about", result["nodes"]![1]!["content"]!["summary"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FacetCounts_MatchThePublishedDataset_WithAndWithoutFilters()
    {
        var data = await Dataset.Of(app);

        var all = await Search(app.GraphQL(), new { text = data.Word });
        Assert.Equal(data.Entries.Count, all["totalCount"]!.GetValue<int>());
        Assert.Equal(data.Counts(_ => true), Facets(all));

        var (place, approach) = (data.Places[1], "co-production");
        var filtered = await Search(app.GraphQL(), new { text = data.Word, places = new[] { place }, approaches = new[] { approach, "place-based" }, sectors = new[] { "HOUSING" } });
        bool Matches(Dataset.Entry e) => e.Places.Contains(place) && (e.Approaches.Contains(approach) || e.Approaches.Contains("place-based")) && e.Sector == "HOUSING";
        Assert.Equal(data.Entries.Count(Matches), filtered["totalCount"]!.GetValue<int>());
        Assert.True(filtered["totalCount"]!.GetValue<int>() > 0, "the filter should match some of the dataset");
        Assert.Equal(data.Counts(Matches), Facets(filtered));
        var label = filtered["facets"]!.AsArray().First(f => f!["facet"]!.GetValue<string>() == "APPROACH" && f["value"]!.GetValue<string>() == approach)!;
        Assert.Equal("Co-production", label["label"]!.GetValue<string>());
        var sector = filtered["facets"]!.AsArray().First(f => f!["facet"]!.GetValue<string>() == "SECTOR")!;
        Assert.Equal(("HOUSING", "Housing"), (sector["value"]!.GetValue<string>(), sector["label"]!.GetValue<string>()));
    }

    [Fact]
    public async Task CursorPagination_CoversEveryResultExactlyOnce()
    {
        var data = await Dataset.Of(app);
        var seen = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 20; pages++)
        {
            var page = await Search(app.GraphQL(), new { text = data.Word, first = 7, after });
            seen.AddRange(page["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
            Assert.Equal(data.Entries.Count, page["totalCount"]!.GetValue<int>());
            if (!page["hasNextPage"]!.GetValue<bool>())
                break;
            after = page["endCursor"]!.GetValue<string>();
        }
        Assert.Equal(data.Entries.Count, seen.Count);
        Assert.Equal(data.Entries.Select(e => e.Id).Order(), seen.Order());
    }

    [Fact]
    public async Task BadSearchInput_MapsToStableCodes()
    {
        Assert.Equal("page.size-out-of-range", (await TrySearch(app.GraphQL(), new { first = 0 })).ErrorCode);
        Assert.Equal("page.size-out-of-range", (await TrySearch(app.GraphQL(), new { first = 101 })).ErrorCode);
        Assert.Equal("page.bad-cursor", (await TrySearch(app.GraphQL(), new { after = "not a cursor" })).ErrorCode);
        Assert.Equal("search.too-long", (await TrySearch(app.GraphQL(), new { text = new string('a', 201) })).ErrorCode);
        Assert.Equal(0, (await Search(app.GraphQL(), new { text = "\"unbalanced * OR NEAR(", places = new[] { "no-such-place" } }))["totalCount"]!.GetValue<int>());
    }

    private static Dictionary<string, int> Facets(JsonNode result) =>
        result["facets"]!.AsArray().ToDictionary(f => $"{f!["facet"]!.GetValue<string>()}:{f["value"]!.GetValue<string>()}", f => f!["count"]!.GetValue<int>());
}
