using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Convening.Web.Tests.Cycles;
using Convening.Web.Tests.Gatherings;
using Convening.Web.Tests.Reflections;

namespace Convening.Web.Tests.Faults;

/// <summary>
/// A create form carries a request id drawn when the form is rendered: submitting the same rendering
/// twice (a double click, a browser's retry after a lost answer) makes one thing, and both submissions
/// are sent to it.
/// </summary>
[Collection(SecondWebCollection.Name)]
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

    [Fact]
    public async Task CycleGatheringAdoptionAndStoryForms_SubmittedTwiceFromOneRendering_MakeOneOfEach()
    {
        var browser = await FormBrowser.SignedUp(app, "Again");
        var word = Guid.NewGuid().ToString("N")[..8];
        var origin = (await browser.Post("/places/new", "/places/new", ("name", $"Origin {word}"), ("purpose", "Working together"))).Headers.Location!.ToString();
        var adopting = (await browser.Post("/places/new", "/places/new", ("name", $"Adopting {word}"), ("purpose", "Working together"))).Headers.Location!.ToString();
        var group = (await browser.Post(origin, $"{origin}?handler=Convene", ("group-name", "Cycle group"), ("group-purpose", ""))).Headers.Location!.ToString();
        var groupId = group["/groups/".Length..];
        var drafted = await browser.Post($"/principles/new?place={origin["/places/".Length..]}", "/principles/new",
            ("place", origin["/places/".Length..]), ("statement", $"Ask once {word}"), ("practice", ""), ("themes", ""), ("evidence", ""));
        var principle = drafted.Headers.Location!.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Post(principle, $"{principle}?handler=publish")).StatusCode);

        var adoption = await Twice(browser, $"{principle}/adopt", $"{principle}/adopt",
            ("place", adopting["/places/".Length..]), ("statement", $"Ask only once {word}"), ("practice", "Ask first"), ("story", ""));
        Assert.NotEqual(principle, adoption);
        await TwiceInForm(browser, principle, "story", ("story", $"It worked {word}"));

        var cycle = await Twice(browser, $"/groups/{groupId}/cycles/new", $"/groups/{groupId}/cycles/new",
            ("question", $"Why do people call three times {word}?"), ("purpose", ""), ("people-involved", ""), ("link-to", ""));
        var cycleId = cycle["/cycles/".Length..];
        var measure = await Twice(browser, $"{cycle}/measures/new", $"{cycle}/measures/new",
            ("name", "Hand-offs per young person"), ("unit", "hand-offs"), ("better", "lower"), ("chart", "xmr"), ("description", ""));
        await Twice(browser, $"{cycle}/experiments/new", $"{cycle}/experiments/new",
            ("change", "A named worker"), ("why", ""), ("prediction", ""), ("who", ""),
            ("starts-on-day", ""), ("starts-on-month", ""), ("starts-on-year", ""), ("ends-on-day", ""), ("ends-on-month", ""), ("ends-on-year", ""));
        await Twice(browser, $"{cycle}/demand", $"{cycle}/demand",
            ("date-day", "28"), ("date-month", "2"), ("date-year", "2025"), ("demand", $"Where is my letter {word}?"), ("kind", "Failure"));

        var gathering = await Twice(browser, $"/groups/{groupId}/gatherings/new", $"/groups/{groupId}/gatherings/new",
            ("title", "Check-in"), ("purpose", "Agree one assessment"), ("format", "Online"), ("address", ""),
            ("join-url", "https://meet.example.org/check-in"), ("minutes", "60"), ("time-zone", "Europe/London"));
        var gatheringId = gathering["/gatherings/".Length..^"/time".Length];
        await browser.GraphQL("mutation($i: ScheduleGatheringInput!) { scheduleGathering(input: $i) { gathering { id } } }",
            new { i = new { gatheringId, startsAt = GatheringApi.NextWeekInLondon() } });
        var me = (await browser.GraphQL("{ me { id } }", new { }))["me"]!["id"]!.GetValue<string>();
        var due = DateTime.Today.AddDays(30);
        var shown = $"/gatherings/{gatheringId}";
        await TwiceInForm(browser, shown, "Agenda", ("agenda-title", "Who owns the case?"), ("agenda-minutes", "10"));
        await TwiceInForm(browser, shown, "Decision", ("decision", "One worker per young person"));
        await TwiceInForm(browser, shown, "Action", ("action", "Name the workers"), ("owner", me),
            ("due-day", due.Day.ToString(CultureInfo.InvariantCulture)), ("due-month", due.Month.ToString(CultureInfo.InvariantCulture)), ("due-year", due.Year.ToString(CultureInfo.InvariantCulture)));

        var measureId = measure[$"{cycle}/measures/".Length..];
        var points = MeasureData.NewSignal.Select((v, i) => new { date = new DateOnly(2025, 1, 6).AddDays(7 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value = v }).ToArray();
        await browser.GraphQL("mutation($i: AddDataPointsInput!) { addDataPoints(input: $i) { measure { id } } }", new { i = new { cycleId, measureId, points } });
        await TwiceInForm(browser, cycle, "AgendaSignal", ("measure", measureId));

        var made = await browser.GraphQL("""
            query($p: ID!, $a: ID!, $c: ID!, $g: ID!) {
              origin: principle(id: $p) { stories { markdown } }
              adopted: principle(id: $a) { statement }
              cycle(id: $c) { experiments { change } measures { name } demand { words } }
              gathering(id: $g) { agenda { title } decisions { text } actions { text } group { gatherings { totalCount } cycles { totalCount } } }
            }
            """, new { p = principle["/principles/".Length..], a = adoption["/principles/".Length..], c = cycleId, g = gatheringId });
        Assert.Equal($"Ask only once {word}", made["adopted"]!["statement"]!.GetValue<string>());
        Assert.Equal([$"It worked {word}"], Texts(made["origin"]!["stories"], "markdown"));
        Assert.Equal(["A named worker"], Texts(made["cycle"]!["experiments"], "change"));
        Assert.Single(Texts(made["cycle"]!["measures"], "name"), n => n == "Hand-offs per young person");
        Assert.Equal([$"Where is my letter {word}?"], Texts(made["cycle"]!["demand"], "words"));
        var agenda = Texts(made["gathering"]!["agenda"], "title");
        Assert.Single(agenda, t => t == "Who owns the case?");
        Assert.Single(agenda, t => t.StartsWith("What is behind this signal?", StringComparison.Ordinal));
        Assert.Equal(["One worker per young person"], Texts(made["gathering"]!["decisions"], "text"));
        Assert.Equal(["Name the workers"], Texts(made["gathering"]!["actions"], "text"));
        Assert.Equal((1, 1), (made["gathering"]!["group"]!["gatherings"]!["totalCount"]!.GetValue<int>(), made["gathering"]!["group"]!["cycles"]!["totalCount"]!.GetValue<int>()));
    }

    private static List<string> Texts(JsonNode? list, string field) => [.. list!.AsArray().Select(n => n![field]!.GetValue<string>())];

    /// <summary>
    /// Renders <paramref name="page"/> once and submits, twice, the form on it that posts to <paramref name="handler"/>,
    /// with that form's own request id; both are sent back to the same place.
    /// </summary>
    private static async Task TwiceInForm(FormBrowser browser, string page, string handler, params (string Key, string Value)[] fields)
    {
        var html = await browser.Http.GetStringAsync(page);
        var form = Regex.Match(html, $"<form\\b[^>]*action=\"[^\"]*\\?handler={handler}\"[^>]*>(?<body>.*?)</form>", RegexOptions.Singleline);
        Assert.True(form.Success, $"{page} has no form for {handler}");
        var requestId = RequestIdPattern().Match(form.Groups["body"].Value).Groups[1].Value;
        Assert.NotEmpty(requestId);
        var token = await browser.Open(page);

        using var first = await browser.Submit($"{page}?handler={handler}", token, [.. fields, ("requestId", requestId)]);
        using var second = await browser.Submit($"{page}?handler={handler}", token, [.. fields, ("requestId", requestId)]);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Equal(first.Headers.Location, second.Headers.Location);
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
