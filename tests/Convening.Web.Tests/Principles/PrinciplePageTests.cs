using System.Net;
using Convening.Web.Tests.Reflections;

namespace Convening.Web.Tests.Principles;

[Collection(WebCollection.Name)]
public sealed class PrinciplePageTests(WebAppFixture app)
{
    [Fact]
    public async Task DraftPublishAdapt_ThroughForms_ShowsTheLineageTreeAndWording_ToAnyone()
    {
        var essex = await FormBrowser.SignedUp(app, "Ed");
        var hackney = await FormBrowser.SignedUp(app, "Hana");
        var word = "q" + Guid.NewGuid().ToString("N")[..8];
        var essexSlug = await Place(essex, "Essex " + word);
        var hackneySlug = await Place(hackney, "Hackney " + word);

        var drafted = await essex.Post($"/principles/new?place={essexSlug}", "/principles/new", ("place", essexSlug), ("statement", $"People lead {word}"), ("practice", "Ask first"), ("themes", "control"), ("evidence", ""));
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        var origin = drafted.Headers.Location!.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await essex.Post(origin, origin + "?handler=publish")).StatusCode);
        var adapted = await hackney.Post(origin + "/adopt", origin + "/adopt", ("place", hackneySlug), ("statement", $"Families lead {word}"), ("practice", "Ask first"), ("story", "It **worked**"));
        Assert.Equal(HttpStatusCode.Redirect, adapted.StatusCode);
        var twice = await hackney.Post(origin + "/adopt", origin + "/adopt", ("place", hackneySlug), ("statement", ""), ("practice", ""), ("story", ""));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("id=\"place-error\"", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var anonymous = new HttpClient { BaseAddress = app.Url };
        var page = await anonymous.GetStringAsync(adapted.Headers.Location!.ToString());
        Assert.Contains("app-lineage__card--current", page, StringComparison.Ordinal);
        Assert.Contains($"Hackney {word} adapted from Essex {word}", page, StringComparison.Ordinal);
        Assert.Contains($"“People lead {word}”", page, StringComparison.Ordinal);
        Assert.Contains("<strong>worked</strong>", page, StringComparison.Ordinal);
        var library = await anonymous.GetStringAsync($"/principles?search={word}&theme=control");
        Assert.Contains($"People lead {word}", library, StringComparison.Ordinal);
        Assert.Contains($"Families lead {word}", library, StringComparison.Ordinal);

        var reader = await FormBrowser.SignedUp(app, "Rae");
        Assert.Equal(HttpStatusCode.Redirect, (await reader.Post(origin, origin + "?handler=follow", ("on", "true"))).StatusCode);
        var followed = await reader.Http.GetStringAsync("/principles");
        Assert.Contains("Principles you follow", followed, StringComparison.Ordinal);
        Assert.Contains($"People lead {word}</a> – held by 2 places", followed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndorseAndFollow_PressedOnThePage_CountAndThenUndo()
    {
        var steward = await FormBrowser.SignedUp(app, "Esme");
        var word = "e" + Guid.NewGuid().ToString("N")[..8];
        var slug = await Place(steward, "Thurrock " + word);
        var drafted = await steward.Post($"/principles/new?place={slug}", "/principles/new", ("place", slug), ("statement", $"Trust first {word}"), ("practice", ""), ("themes", ""), ("evidence", ""));
        var principle = drafted.Headers.Location!.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await steward.Press(principle, "Publish to the library")).StatusCode);

        var reader = await FormBrowser.SignedUp(app, "Rhys");
        Assert.Equal(HttpStatusCode.Redirect, (await reader.Press(principle, "Endorse")).StatusCode);
        var endorsed = await reader.Http.GetStringAsync(principle);
        Assert.Contains("You endorse this principle", endorsed, StringComparison.Ordinal);
        Assert.Contains("1 endorsement</h2>", endorsed, StringComparison.Ordinal);
        Assert.Contains(">Stop endorsing</button>", endorsed, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await reader.Press(principle, "Follow")).StatusCode);
        Assert.Contains("Principles you follow", await reader.Http.GetStringAsync("/principles"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await reader.Press(principle, "Stop endorsing")).StatusCode);
        Assert.Contains("0 endorsements</h2>", await reader.Http.GetStringAsync(principle), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await reader.Press(principle, "Stop following")).StatusCode);
        Assert.DoesNotContain("Principles you follow", await reader.Http.GetStringAsync("/principles"), StringComparison.Ordinal);
    }

    private static async Task<string> Place(FormBrowser steward, string name) =>
        (await steward.GraphQL("mutation($i: CreatePlaceInput!) { createPlace(input: $i) { place { slug } } }", new { i = new { name } }))["createPlace"]!["place"]!["slug"]!.GetValue<string>();
}
