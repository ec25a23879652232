using System.Net;
using Convening.Web.Tests.Cycles;

namespace Convening.Web.Tests.LifePictures;

/// <summary>
/// The life-picture pages and downloads against the six roles and the public: only the person and
/// their practitioner open a picture, only the person downloads it, only a commissioner sees the
/// totals; a refusal never carries the picture's words.
/// </summary>
[Collection(SecondWebCollection.Name)]
public sealed class PicturePageTests(WebAppFixture app)
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in new[] { "picture", "download", "totals", "totals-csv", "venn-csv", "edit", "check", "share", "withdraw", "commissioners", "funding", "plan", "plan-check", "retention" })
            foreach (var role in new[] { "person", "practitioner", "other-practitioner", "commissioner", "steward", "outsider", "anonymous" })
                data.Add(page, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Page_ByRole_IsShownOnlyToThoseItIsFor(string page, string role)
    {
        var f = await Fixture();
        var id = await f.Picture();
        var (path, allowed) = page switch
        {
            "picture" => ($"/life-pictures/{id}", new[] { "person", "practitioner" }),
            "download" => ($"/life-pictures/{id}?handler=Download", ["person"]),
            "totals" => ($"/places/{f.Slug}/totals", ["commissioner"]),
            "edit" => ($"/life-pictures/{id}/edit", ["person", "practitioner"]),
            "check" => ($"/life-pictures/{id}/check", ["person", "practitioner"]),
            "share" => ($"/life-pictures/{id}/share", ["person", "practitioner"]),
            "withdraw" => ($"/life-pictures/{id}/withdraw", ["person", "practitioner"]),
            "venn-csv" => ($"/places/{f.Slug}/totals?handler=VennCsv&venn=access-to-work&venn=adult-social-care", ["commissioner"]),
            "commissioners" => ($"/places/{f.Slug}/commissioners", ["steward"]),
            "retention" => ($"/places/{f.Slug}/retention", ["steward"]),
            "funding" => ($"/places/{f.Slug}/funding", PictureMatrixActions.Everyone),
            "plan" => ($"/life-pictures/{id}/plan", ["person", "practitioner"]),
            "plan-check" => ($"/life-pictures/{id}/plan/check", ["person", "practitioner"]),
            _ => ($"/places/{f.Slug}/totals?handler=Csv", ["commissioner"]),
        };
        // The pages that show the picture's words, and those that open it (an entry in its audit trail).
        var shows = page is "picture" or "download" or "check";
        var opens = page is "picture" or "download" or "check" or "edit" or "share" or "plan" or "plan-check";
        var who = f.As(role);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = app.Url };
        if (who is not null)
        {
            var browser = new CookieBrowser(http);
            Assert.Equal(HttpStatusCode.Redirect, (await browser.Post("/account/sign-in", ("email", who.Email), ("password", Scenario.Password))).StatusCode);
        }

        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        if (who is null)
            Assert.Contains("/account/sign-in", response.Headers.Location?.OriginalString ?? "");
        else if (allowed.Contains(role))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        else
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(allowed.Contains(role) && shows && who is not null, body.Contains(PictureApi.Words, StringComparison.Ordinal));
        if (page == "picture")
            Assert.Equal(allowed.Contains(role) && who is not null, body.Contains("Due for erasure on", StringComparison.Ordinal));
        var opened = (await f.Audit(id)).AsArray().Any(e => e!["action"]!.GetValue<string>() is "OPENED" or "DOWNLOADED" or "PLAN_OPENED");
        Assert.Equal(allowed.Contains(role) && opens && who is not null, opened);
    }

    [Fact]
    public async Task RetentionPage_WithoutJavaScript_RefusesAnAbsurdPeriodOnItsField_AndSavesAGoodOne()
    {
        var f = await Fixture();
        using var browser = await Gatherings.FormClient.SignedIn(app.Url, f.Steward);
        var page = $"/places/{f.Slug}/retention";

        using var bad = await browser.Post(page, page, ("pictureYears", "500"), ("auditYears", "six"));
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("href=\"#auditYears\"", html, StringComparison.Ordinal);
        using var absurd = await browser.Post(page, page, ("pictureYears", "500"), ("auditYears", "6"));
        Assert.Contains("from 1 to 50", await absurd.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("href=\"#pictureYears\"", await absurd.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var good = await browser.Post(page, page, ("pictureYears", "8"), ("auditYears", "6"));

        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Contains("value=\"8\"", await browser.Text(page), StringComparison.Ordinal);
        (await f.Steward.Api.Post("mutation($i: SetPlaceRetentionInput!) { setPlaceRetention(input: $i) { retention { pictureYears } } }",
            new { i = new { placeSlug = f.Slug, pictureYears = 6, auditYears = 6 } })).ShouldSucceed();
    }

    [Fact]
    public async Task TotalsCsv_HasTheSameSuppressedTables_AsThePage()
    {
        var f = await Fixture();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = app.Url };
        var browser = new CookieBrowser(http);
        await browser.Post("/account/sign-in", ("email", f.Commissioner.Email), ("password", Scenario.Password));

        var response = await http.GetAsync($"/places/{f.Slug}/totals?handler=Csv");
        var csv = await response.Content.ReadAsStringAsync();
        var html = await browser.Html($"/places/{f.Slug}/totals");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("table,item,measure,people\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\"life areas\",\"Home\",\"recorded\",", csv, StringComparison.Ordinal);
        Assert.Contains("\"funding streams\",\"Access to Work\",\"draw on this stream\",", csv, StringComparison.Ordinal);
        Assert.Contains("Life pictures added up", html, StringComparison.Ordinal);
        foreach (var line in csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var value = line[(line.LastIndexOf(',') + 1)..];
            Assert.True(value == "suppressed" || int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) is 0 or >= 5, line);
        }
    }

    [Fact]
    public async Task FundingOverlaps_DrawAnUpSetAndAVenn_AndTheVennCsvHasTheTablesFigures()
    {
        var f = await Fixture();
        const string chosen = "venn=access-to-work&venn=adult-social-care";

        var html = await f.Html(f.Commissioner, $"/places/{f.Slug}/totals?{chosen}");
        var csv = await f.Html(f.Commissioner, $"/places/{f.Slug}/totals?handler=VennCsv&{chosen}");

        Assert.NotNull(html);
        Assert.Contains("<svg class=\"app-chart app-upset\"", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"venn-title\">Venn diagram of people drawing on Access to Work, Adult Social Care.</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        var rows = csv!.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split("\",\"")).ToList();
        Assert.Equal(4, rows.Count);
        foreach (var row in rows)
        {
            var (item, people) = (row[1], row[2].Split(',')[^1]);
            Assert.Contains($"<th scope=\"row\" class=\"govuk-table__header\">{item}</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">{(people == "suppressed" ? "hidden" : people)}</td>", html, StringComparison.Ordinal);
        }
        // Every picture here draws on Access to Work only.
        var only = int.Parse(rows.Single(r => r[1] == "Only Access to Work")[2].Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(only >= 5);
        Assert.Equal("0", rows.Single(r => r[1] == "Access to Work and Adult Social Care")[2].Split(',')[^1]);

        var four = await f.Html(f.Commissioner, $"/places/{f.Slug}/totals?{chosen}&venn=work-choice&venn=supporting-people");
        Assert.Contains("Choose one, two or three funding streams.", four!, StringComparison.Ordinal);
        Assert.DoesNotContain("venn-title", four, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommonestGap_ListsTheOrganisationsInThePlaceWhoseServicesAnswerIt()
    {
        var f = await Fixture();
        var moderator = await OrganisationDirectory.DirectoryApi.Moderator(app);
        var elsewhere = await Scenario.CreatePlace(f.Steward);
        const string adaptations = "We fit home adaptations so people can stay in their own housing.";
        await OrganisationDirectory.DirectoryApi.Published(f.Steward, moderator, OrganisationDirectory.DirectoryApi.Content(f.Slug, "Stairs and Homes Trust", adaptations));
        await OrganisationDirectory.DirectoryApi.Published(f.Steward, moderator, OrganisationDirectory.DirectoryApi.Content(f.Slug, "Knit and Natter", "A knitting circle."));
        await OrganisationDirectory.DirectoryApi.Published(f.Steward, moderator, OrganisationDirectory.DirectoryApi.Content(elsewhere, "Faraway Housing Co-op", adaptations));

        var html = await f.Html(f.Commissioner, $"/places/{f.Slug}/totals");

        // Every picture here says support at home matches only partly; work and learning matches.
        var section = html![html!.IndexOf("id=\"directory-matches\"", StringComparison.Ordinal)..html.IndexOf("What people want", StringComparison.Ordinal)];
        Assert.Contains("Home: ", section, StringComparison.Ordinal);
        Assert.DoesNotContain("Work and learning: ", section, StringComparison.Ordinal);
        Assert.Contains(">Stairs and Homes Trust</a>", section, StringComparison.Ordinal);
        Assert.Contains("Approaches: Strengths-based", section, StringComparison.Ordinal);
        Assert.DoesNotContain("Knit and Natter", section, StringComparison.Ordinal);
        Assert.DoesNotContain("Faraway Housing Co-op", section, StringComparison.Ordinal);
    }

    private static readonly SharedOnce<PictureMatrixFixture> Shared = new();

    private Task<PictureMatrixFixture> Fixture() => Shared.Get(async () =>
    {
        var fixture = new PictureMatrixFixture(app);
        await fixture.InitializeAsync();
        return fixture;
    });
}
