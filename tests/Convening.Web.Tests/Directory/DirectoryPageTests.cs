using System.Net;
using Convening.Web.Tests.Reflections;
using static Convening.Web.Tests.OrganisationDirectory.DirectoryApi;

namespace Convening.Web.Tests.OrganisationDirectory;

/// <summary>The directory pages as a browser without JavaScript uses them.</summary>
[Collection(WebCollection.Name)]
public sealed class DirectoryPageTests(WebAppFixture app)
{
    [Fact]
    public async Task SubmitForm_WithMistakes_ShowsThemAllInTheSummaryAndInline_AndKeepsWhatWasTyped()
    {
        var browser = await FormBrowser.SignedUp(app, "Farah");
        var response = await browser.Post("/directory/submit", "/directory/submit",
            ("name", ""), ("description", "We run a *lunch club*."), ("approaches", "co-production"), ("practice[co-production]", ""),
            ("services[0].name", ""), ("services[0].when", "Fridays"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<title>Error: Add your organisation", html, StringComparison.Ordinal);
        foreach (var field in new[] { "name", "kind", "places", "services[0].name", "practice[co-production]", "assessment[own-strengths]" })
        {
            Assert.Contains($"<a href=\"#{field}\">", html, StringComparison.Ordinal);
            Assert.Contains($"id=\"{field}-error\"", html, StringComparison.Ordinal);
        }
        Assert.Contains("We run a *lunch club*.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Fridays\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrainRefusal_IsShownOnTheFieldItNames_EvenPastABlankService()
    {
        var browser = await FormBrowser.SignedUp(app, "Hugo");
        var place = await Place(browser);
        var response = await browser.Post("/directory/submit", "/directory/submit",
            [.. Valid(place), ("services[0].name", ""), ("services[1].name", "Walk and talk"), ("services[1].locations[0].kind", "Physical"),
             ("services[1].locations[0].address", "Park Gate"), ("services[1].locations[0].town", "Northfield"), ("services[1].locations[0].postcode", "NOT A CODE")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#services[1].locations[0].postcode\">Enter a real postcode", html, StringComparison.Ordinal);
        Assert.Contains("id=\"services[1].locations[0].postcode-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Walk and talk\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitForm_WithSeveralFormatMistakes_ShowsEveryOneAtOnce()
    {
        var browser = await FormBrowser.SignedUp(app, "Gwen");
        var place = await Place(browser);
        var valid = Valid(place).Where(f => f.Item1 is not ("website" or "email" or "phone"));
        var response = await browser.Post("/directory/submit", "/directory/submit",
            [("website", "hub dot org"), ("email", "not an email"), ("phone", "call us"), .. valid,
             ("services[0].name", "Walk and talk"), ("services[0].locations[0].kind", "Physical"), ("services[0].locations[0].address", "Park Gate"),
             ("services[0].locations[0].town", ""), ("services[0].locations[0].postcode", "NOT A CODE")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var field in new[] { "website", "email", "phone", "services[0].locations[0].town", "services[0].locations[0].postcode" })
        {
            Assert.Contains($"<a href=\"#{field}\">", html, StringComparison.Ordinal);
            Assert.Contains($"id=\"{field}-error\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AddAnotherService_PostsBack_AndShowsOneMoreBlock_KeepingWhatWasTyped()
    {
        var browser = await FormBrowser.SignedUp(app, "Iris");
        var response = await browser.Post("/directory/submit", "/directory/submit",
            ("name", "Iris's club"), ("services[0].name", "Lunch"), ("services[0].locations[0].postcode", "AB1 2CD"), ("change", "add-service"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("name=\"services[1].name\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Lunch\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"AB1 2CD\"", html, StringComparison.Ordinal);
        var more = await browser.Post("/directory/submit", "/directory/submit", ("services[0].name", "Lunch"), ("services[0].locations[0].town", "Leeds"), ("change", "add-location-0"));
        Assert.Contains("name=\"services[0].locations[1].address\"", await more.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Identifiers_OfTheWrongShapeOrRegister_AreShownOnTheirField_AndGoodOnesShowOnTheEntryPage()
    {
        var browser = await FormBrowser.SignedUp(app, "Ola");
        var place = await Place(browser);
        var wrong = await browser.Post("/directory/submit", "/directory/submit",
            [.. Valid(place), ("identifiers[0].scheme", "GB-CHC"), ("identifiers[0].id", "12AB"), ("identifiers[1].scheme", ""), ("identifiers[1].id", "01234567")]);
        var html = await wrong.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("<a href=\"#identifiers[0].id\">Enter a registered charity number (England and Wales) like 1234567", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#identifiers[1].scheme\">Choose the register", html, StringComparison.Ordinal);
        Assert.Contains("value=\"12AB\"", html, StringComparison.Ordinal);

        var more = await browser.Post("/directory/submit", "/directory/submit", [.. Valid(place), ("identifiers[0].scheme", "GB-CHC"), ("identifiers[0].id", "1234567"), ("change", "add-identifier")]);
        Assert.Contains("name=\"identifiers[1].id\"", await more.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var sent = await browser.Post("/directory/submit", "/directory/submit",
            [.. Valid(place), ("identifiers[0].scheme", "GB-CHC"), ("identifiers[0].id", "123 4567"), ("identifiers[1].scheme", "GB-COH"), ("identifiers[1].id", "01234567")]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var page = System.Net.WebUtility.HtmlDecode(await browser.Http.GetStringAsync(sent.Headers.Location!.ToString()));
        Assert.Contains("Registered charity number (England and Wales): 1234567", page, StringComparison.Ordinal);
        Assert.Contains("(GB-COH-01234567)", page, StringComparison.Ordinal);
        var edit = await browser.Http.GetStringAsync(sent.Headers.Location!.ToString() + "/edit");
        Assert.Contains("value=\"01234567\"", edit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmittedThroughTheForm_PublishedByAModerator_ShowsSafelyToAnyone_AndOnThePlacePage()
    {
        var browser = await FormBrowser.SignedUp(app, "Jude");
        var place = await Place(browser);
        var word = Word();
        var sent = await browser.Post("/directory/submit", "/directory/submit",
            [.. Valid(place, $"Jude's {word} hub", "Tea <script>alert(1)</script> and [a link](javascript:alert(2))")]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var path = sent.Headers.Location!.ToString();
        var anonymous = new HttpClient { BaseAddress = app.Url };
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path)).StatusCode);
        Assert.DoesNotContain(word, await anonymous.GetStringAsync($"/places/{place}"), StringComparison.Ordinal);
        var own = await browser.Http.GetStringAsync(path);
        Assert.Contains("Waiting for review", own, StringComparison.Ordinal);

        var moderator = await Moderator(app);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.Http.GetAsync("/directory/moderation")).StatusCode);
        (await TryReview(moderator, path.Split('/')[^1], "PUBLISH")).ShouldSucceed();

        var page = await anonymous.GetStringAsync(path);
        Assert.Contains($"Jude's {word} hub", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:alert", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/places/{place}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("review-status", page, StringComparison.Ordinal);
        var placePage = System.Net.WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/places/{place}"));
        Assert.Contains($"Jude's {word} hub", placePage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DirectoryPage_FiltersWithAGetForm_AndPagesForwardAndBack()
    {
        var data = await Dataset.Of(app);
        var anonymous = new HttpClient { BaseAddress = app.Url };

        var first = await anonymous.GetStringAsync($"/directory?q={data.Word}");
        Assert.Contains("30 organisations", first, StringComparison.Ordinal);
        Assert.Contains("Showing 1 to 20 of 30", first, StringComparison.Ordinal);
        Assert.Contains($"value=\"{data.Places[0]}\"", first, StringComparison.Ordinal);
        var next = System.Net.WebUtility.HtmlDecode(Between(first, "govuk-pagination__next", "href=\"", "\""));
        var second = await anonymous.GetStringAsync(next);
        Assert.Contains("Showing 21 to 30 of 30", second, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", second, StringComparison.Ordinal);
        var back = await anonymous.GetStringAsync(System.Net.WebUtility.HtmlDecode(Between(second, "govuk-pagination__prev", "href=\"", "\"")));
        Assert.Contains("Showing 1 to 20 of 30", back, StringComparison.Ordinal);

        var filtered = await anonymous.GetStringAsync($"/directory?q={data.Word}&place={data.Places[2]}&approach=trauma-informed");
        var expected = data.Entries.Count(e => e.Places.Contains(data.Places[2]) && e.Approaches.Contains("trauma-informed"));
        Assert.Contains($"{expected} organisation", filtered, StringComparison.Ordinal);
        Assert.Contains($"Trauma-informed ({expected})", filtered, StringComparison.Ordinal);
        Assert.Contains("checked=\"checked\"", filtered, StringComparison.Ordinal);
        var csv = await anonymous.GetStringAsync(System.Net.WebUtility.HtmlDecode(Between(filtered, "Download", "href=\"/directory/export.csv", "\"").Insert(0, "/directory/export.csv")));
        var matching = data.Entries.Where(e => e.Places.Contains(data.Places[2]) && e.Approaches.Contains("trauma-informed")).Select(e => e.Id).ToList();
        Assert.Equal(matching.Order(), csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')[0].Trim('"')).Order());

        var none = await anonymous.GetStringAsync($"/directory?q={Word()}");
        Assert.Contains("No organisations match your search.", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DirectoryPage_WithASearchTooLong_OrAStalePageLink_SaysWhatIsWrong()
    {
        var anonymous = new HttpClient { BaseAddress = app.Url };

        var tooLong = await anonymous.GetAsync($"/directory?q={new string('a', 201)}");
        var html = await tooLong.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("<a href=\"#q\">Search for 200 characters or fewer.</a>", html, StringComparison.Ordinal);

        var stale = await anonymous.GetAsync("/directory?after=bm90LWEtY3Vyc29y&prev=");
        html = await stale.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Contains("That page link is not valid; start the search again.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"results\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-pagination__prev", html, StringComparison.Ordinal);
    }

    /// <summary>Every field a valid entry needs, as the form posts them.</summary>
    private static (string, string)[] Valid(string place, string name = "Northfield Community Hub", string description = "A warm place to meet.") =>
    [
        ("name", name), ("kind", "Charity"), ("description", description), ("website", "https://hub.example.org"), ("email", ""), ("phone", ""),
        ("places", place), ("sectors", "VoluntaryCommunity"), ("people", "everyone"),
        ("approaches", "strengths-based"), ("practice[strengths-based]", "We ask what matters first."), ("evidence[strengths-based]", ""),
        ("assessment[own-strengths]", "Mostly"), ("assessment[relationships-context]", "Sometimes"), ("assessment[co-produce]", "NotYet"), ("assessment[services-change]", "Always"),
    ];

    private static async Task<string> Place(FormBrowser browser) =>
        (await browser.GraphQL("mutation($i: CreatePlaceInput!) { createPlace(input: $i) { place { slug } } }",
            new { i = new { name = "Northfield " + Guid.NewGuid().ToString("N")[..6] } }))["createPlace"]!["place"]!["slug"]!.GetValue<string>();

    private static string Between(string html, string after, string start, string end)
    {
        var from = html.IndexOf(start, html.IndexOf(after, StringComparison.Ordinal), StringComparison.Ordinal) + start.Length;
        return html[from..html.IndexOf(end, from, StringComparison.Ordinal)];
    }
}
