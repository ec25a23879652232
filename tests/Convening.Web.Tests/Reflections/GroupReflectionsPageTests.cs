using System.Net;

namespace Convening.Web.Tests.Reflections;

[Collection(WebCollection.Name)]
public sealed class GroupReflectionsPageTests(WebAppFixture app)
{
    [Fact]
    public async Task GroupPage_ListsSharedEntries_AndWithholdsSmallThemeCounts_FromMembersOnly()
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
        // The place counts its groups' themes, but lists only what was shared with the whole place.
        var place = await convenor.Http.GetStringAsync($"/places/{slug}/reflections");
        Assert.Contains("evictions", place, StringComparison.Ordinal);
        Assert.DoesNotContain("Shared at the panel", place, StringComparison.Ordinal);
        var stranger = await FormBrowser.SignedUp(app, "Zed");
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Http.GetAsync($"/groups/{group}/reflections")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Http.GetAsync($"/places/{slug}/reflections")).StatusCode);
    }
}
