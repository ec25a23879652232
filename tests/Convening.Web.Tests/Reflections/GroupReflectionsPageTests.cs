using System.Net;

namespace Convening.Web.Tests.Reflections;

[Collection(SecondWebCollection.Name)]
public sealed class GroupReflectionsPageTests(WebAppFixture app)
{
    [Fact]
    public async Task GroupPage_ListsSharedEntries_AndWithholdsSmallThemeCounts_PlaceWithholdsTheirNames()
    {
        var convenor = await FormBrowser.SignedUp(app, "Cal");
        var slug = (await convenor.GraphQL("mutation($i: CreatePlaceInput!) { createPlace(input: $i) { place { slug } } }", new { i = new { name = "Place " + Guid.NewGuid().ToString("N")[..8] } }))["createPlace"]!["place"]!["slug"]!.GetValue<string>();
        var group = (await convenor.GraphQL("mutation($i: ConveneGroupInput!) { conveneGroup(input: $i) { group { id } } }", new { i = new { placeSlug = slug, name = "Housing and health", purpose = "" } }))["conveneGroup"]!["group"]!["id"]!.GetValue<string>();
        await convenor.GraphQL(ReflectionApi.Save, new { i = ReflectionApi.Entry("Shared at the panel", "We shared it", "GROUP", group, themes: ["evictions"]) });
        await convenor.GraphQL(ReflectionApi.Save, new { i = ReflectionApi.Entry("Kept to myself", "Private", themes: ["evictions"]) });

        var html = await convenor.Http.GetStringAsync($"/groups/{group}/reflections");

        Assert.Contains("Shared at the panel", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kept to myself", html, StringComparison.Ordinal);
        Assert.Contains("evictions", html, StringComparison.Ordinal);
        Assert.Contains("fewer than 5", html, StringComparison.Ordinal);
        // The place lists only what was shared with the whole place, and names no theme from fewer than 5 people.
        var place = await convenor.Http.GetStringAsync($"/places/{slug}/reflections");
        Assert.DoesNotContain("evictions", place, StringComparison.Ordinal);
        Assert.Contains("Themes that fewer than 5 people wrote about are not listed", place, StringComparison.Ordinal);
        Assert.DoesNotContain("Shared at the panel", place, StringComparison.Ordinal);
        var placeThemes = (await convenor.GraphQL("query($p: String!) { placeThemes(slug: $p) { overall { theme } byMonth { themes { theme } } smallThemesLeftOut } }", new { p = slug }))["placeThemes"]!;
        Assert.DoesNotContain("evictions", placeThemes.ToJsonString(), StringComparison.Ordinal);
        Assert.True(placeThemes["smallThemesLeftOut"]!.GetValue<bool>());
        var groupThemes = (await convenor.GraphQL("query($g: String!) { groupThemes(groupId: $g) { overall { theme label } } }", new { g = group }))["groupThemes"]!;
        Assert.Equal("evictions", groupThemes["overall"]![0]!["theme"]!.GetValue<string>());
        var stranger = await FormBrowser.SignedUp(app, "Zed");
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Http.GetAsync($"/groups/{group}/reflections")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Http.GetAsync($"/places/{slug}/reflections")).StatusCode);
    }
}
