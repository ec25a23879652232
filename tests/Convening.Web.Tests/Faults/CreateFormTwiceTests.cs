using System.Net;
using System.Text.RegularExpressions;
using Convening.Web.Tests.Reflections;

namespace Convening.Web.Tests.Faults;

/// <summary>
/// A create form carries a request id drawn when the form is rendered: submitting the same rendering
/// twice (a double click, a browser's retry after a lost answer) makes one thing, and both submissions
/// are sent to it.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class CreateFormTwiceTests(WebAppFixture app)
{
    [Fact]
    public async Task PlaceGroupPrincipleAndDirectoryEntryForms_SubmittedTwiceFromOneRendering_MakeOneOfEach()
    {
        var browser = await FormBrowser.SignedUp(app, "Twice");
        var name = "Twice " + Guid.NewGuid().ToString("N")[..8];

        var place = await Twice(browser, "/places/new", "/places/new", ("name", name), ("purpose", "Working together"));
        var slug = place["/places/".Length..];
        var group = await Twice(browser, place, $"{place}?handler=Convene", ("group-name", "Convened by form"), ("group-purpose", ""));
        var principle = await Twice(browser, $"/principles/new?place={slug}", "/principles/new",
            ("place", slug), ("statement", "Ask what matters, once"), ("practice", ""), ("themes", ""), ("evidence", ""));
        var entry = await Twice(browser, "/directory/submit", "/directory/submit",
            ("name", $"{name} hub"), ("kind", "Charity"), ("description", "A warm place to meet."), ("website", ""), ("email", ""), ("phone", ""),
            ("places", slug), ("sectors", "VoluntaryCommunity"), ("people", "everyone"),
            ("approaches", "strengths-based"), ("practice[strengths-based]", "We ask what matters first."), ("evidence[strengths-based]", ""),
            ("assessment[own-strengths]", "Mostly"), ("assessment[relationships-context]", "Sometimes"), ("assessment[co-produce]", "NotYet"), ("assessment[services-change]", "Always"));

        Assert.StartsWith("/groups/", group, StringComparison.Ordinal);
        Assert.StartsWith("/principles/", principle, StringComparison.Ordinal);
        Assert.StartsWith("/directory/organisations/", entry, StringComparison.Ordinal);
        var groups = await browser.GraphQL("query($slug: String!) { place(slug: $slug) { groups { name } } }", new { slug });
        Assert.Single(groups["place"]!["groups"]!.AsArray(), g => g!["name"]!.GetValue<string>() == "Convened by form");
    }

    /// <summary>Renders the form once, submits that rendering twice, and returns where both were sent.</summary>
    private static async Task<string> Twice(FormBrowser browser, string page, string action, params (string Key, string Value)[] fields)
    {
        var html = await browser.Http.GetStringAsync(page);
        var requestId = RequestIdPattern().Match(html).Groups[1].Value;
        Assert.NotEmpty(requestId);
        var token = await browser.Open(page);

        using var first = await browser.Submit(action, token, [.. fields, ("requestId", requestId)]);
        using var second = await browser.Submit(action, token, [.. fields, ("requestId", requestId)]);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        return first.Headers.Location!.ToString();
    }

    [GeneratedRegex("name=\"requestId\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex RequestIdPattern();
}
