using System.Net;
using System.Text.Json.Nodes;
using Convening.Contracts.SupportPlans;
using Convening.Web.LifePictures;
using Convening.Web.Tests.Cycles;
using Convening.Web.Tests.SupportPlans;

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
        foreach (var page in new[] { "picture", "download", "totals", "totals-csv", "venn-csv", "edit", "check", "share", "withdraw", "commissioners", "funding", "plan", "plan-check", "plan-version", "plan-csv", "retention", "trail" })
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
            "plan-version" => ($"/life-pictures/{id}/plan/versions/1", ["person", "practitioner"]),
            "plan-csv" => ($"/places/{f.Slug}/totals?handler=PlanCsv", ["commissioner"]),
            "trail" => ($"/life-pictures/{id}/trail", ["person"]),
            _ => ($"/places/{f.Slug}/totals?handler=Csv", ["commissioner"]),
        };
        // The pages that show the picture's words, and those that open it (an entry in its audit trail).
        var shows = page is "picture" or "download" or "check";
        var opens = page is "picture" or "download" or "check" or "edit" or "share" or "plan" or "plan-check" or "plan-version";
        if (page == "plan-version")
        {
            await PlanApi.Save(f.Practitioner, id);
            await PlanApi.Agree(f.Practitioner, id);
        }
        if (page == "trail")
            await PictureApi.Withdraw(f.ThePerson, id);
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
        if (page == "trail")
        {
            // The withdrawn picture's record is the person's, reached from their list, with no word of the picture in it.
            Assert.Equal(allowed.Contains(role) && who is not null, body.Contains("Withdrew consent; everything in it was erased", StringComparison.Ordinal));
            if (role == "person")
            {
                using var list = await Gatherings.FormClient.SignedIn(app.Url, f.ThePerson);
                Assert.Contains($"href=\"/life-pictures/{id}/trail\"", await list.Text("/life-pictures"), StringComparison.Ordinal);
            }
        }
        var opened = (await f.Audit(id)).AsArray().Any(e => e!["action"]!.GetValue<string>() is "OPENED" or "DOWNLOADED" or "PLAN_OPENED" or "PLAN_READ_VERSION");
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
            Assert.True(value == HiddenFigure.Word || int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) is 0 or >= 5, line);
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
            Assert.Contains($"<th scope=\"row\" class=\"govuk-table__header\">{item}</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">{(people == HiddenFigure.Word ? HiddenCell : people)}</td>", html, StringComparison.Ordinal);
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

    private const string HiddenCell = $"{HiddenFigure.Word}<span class=\"govuk-visually-hidden\">{HiddenFigure.Reason}</span>";

    [Fact]
    public async Task Download_HasThePersonsSupportPlan_WithItsAgreedVersion_AndThePractitionerCannotDownloadIt()
    {
        var f = await Fixture();
        var id = await f.Picture();
        await PlanApi.Save(f.Practitioner, id);
        await PlanApi.Agree(f.ThePerson, id);
        await PlanApi.Save(f.Practitioner, id, expectedVersion: 1);

        var json = JsonNode.Parse((await f.Html(f.ThePerson, $"/life-pictures/{id}?handler=Download"))!)!;
        var plan = json["supportPlan"]!;

        Assert.Equal(PictureApi.Words, json["picture"]!["versions"]![0]!["content"]!["whatMatters"]!.GetValue<string>());
        Assert.Equal(2, plan["version"]!.GetValue<int>());
        Assert.Equal(1, plan["agreedVersion"]!.GetValue<int>());
        Assert.Equal(PlanApi.PaysFor, plan["latest"]!["streams"]![0]!["paysFor"]!.GetValue<string>());
        Assert.Equal(2_500_00, plan["agreedVersions"]![0]!["content"]!["streams"]![0]!["amountPence"]!.GetValue<long>());
        Assert.Equal("Shared", plan["latest"]!["savings"]!.GetValue<string>());
        Assert.Equal("Access to Work", plan["streamNames"]!["access-to-work"]!.GetValue<string>());
        Assert.Null(await f.Html(f.Practitioner, $"/life-pictures/{id}?handler=Download"));
        Assert.Contains((await f.Audit(id)).AsArray(), e => e!["action"]!.GetValue<string>() == "PLAN_DOWNLOADED" && e["byId"]!.GetValue<string>() == f.ThePerson.Id);
    }

    [Fact]
    public async Task PlanVersions_AreListedOnThePlan_AndEachShowsWhatWasAgreedThen()
    {
        var f = await Fixture();
        var id = await f.Picture();
        await PlanApi.Save(f.Practitioner, id);
        await PlanApi.Agree(f.Practitioner, id);
        (await f.Practitioner.Api.Post("mutation($i: SaveSupportPlanInput!) { saveSupportPlan(input: $i) { supportPlan { version } } }",
            new { i = PlanApi.Plan(id, 1, savings: "THE_PERSON") })).ShouldSucceed();
        await PlanApi.Agree(f.ThePerson, id, version: 2);

        var index = WebUtility.HtmlDecode(await f.Html(f.ThePerson, $"/life-pictures/{id}/plan"))!;
        var first = WebUtility.HtmlDecode(await f.Html(f.ThePerson, $"/life-pictures/{id}/plan/versions/1"))!;
        var second = WebUtility.HtmlDecode(await f.Html(f.Practitioner, $"/life-pictures/{id}/plan/versions/2"))!;

        Assert.True(index.IndexOf($"/plan/versions/2", StringComparison.Ordinal) < index.IndexOf($"/plan/versions/1", StringComparison.Ordinal), "Newest first");
        Assert.Contains("Version 1 as agreed", first.Replace(",", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Shared between the person and the stream", first, StringComparison.Ordinal);
        Assert.Contains("The person keeps them", second, StringComparison.Ordinal);
        Assert.Contains(PlanApi.PaysFor, first, StringComparison.Ordinal);
        Assert.Null(await f.Html(f.ThePerson, $"/life-pictures/{id}/plan/versions/3"));
        Assert.Null(await f.Html(f.OtherPractitioner, $"/life-pictures/{id}/plan/versions/1"));
    }

    [Fact]
    public async Task PlanCsv_HasThePlanTablesFigures_AsThePageShowsThem()
    {
        var f = await Fixture();
        var response = await f.Html(f.Commissioner, $"/places/{f.Slug}/totals?handler=PlanCsv");
        var html = await f.Html(f.Commissioner, $"/places/{f.Slug}/totals");

        var rows = response!.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("stream,people,spend (£),people taking cash,cash taken (£)", rows[0]);
        var work = rows.Single(r => r.StartsWith("\"Access to Work\",", StringComparison.Ordinal)).Split(',');
        var people = int.Parse(work[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(people >= 5);
        // The page's row for the stream has the same figures (money as pounds and pence).
        var spend = decimal.Parse(work[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"data-label=\"People\">{people}</td><td class=\"govuk-table__cell govuk-table__cell--numeric\" data-label=\"Spend\">£{spend.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}</td>",
            WebUtility.HtmlDecode(html!).Replace("\n", "", StringComparison.Ordinal).Replace("  ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("?handler=PlanCsv", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanCsv_NeverShowsAFigureThePageHides_NorOneThatGivesAHiddenOneAway()
    {
        // 7 plans: Access to Work pays into all, 2 of whom take cash; Adult Social Care into 6, 5 of whom take cash (so 1 does not).
        var plans = Enumerable.Range(0, 7).Select(i => new PlanContribution([
            new StreamSpend("access-to-work", 1_000_00, i < 2 ? 50_00 : 0),
            .. i < 6 ? [new StreamSpend("adult-social-care", 2_000_00, i < 5 ? 70_00 : 0)] : Array.Empty<StreamSpend>()])).ToList();
        var table = PlanTable.Build("p", plans, ["access-to-work", "adult-social-care", "work-choice"]);

        var csv = TotalsCsv.WritePlans(table, new Dictionary<string, string> { ["access-to-work"] = "Access to Work" });
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')).ToList();

        Assert.Equal(["\"Access to Work\"", "7", "7000.00", HiddenFigure.Word, HiddenFigure.Word], rows[0]);
        Assert.Equal(["\"work-choice\"", "0", "0.00", "0", "0.00"], rows[2]);
        foreach (var row in rows)
        {
            int? Count(string v) => v == HiddenFigure.Word ? null : int.Parse(v, System.Globalization.CultureInfo.InvariantCulture);
            var (people, taking) = (Count(row[1]), Count(row[3]));
            Assert.True(people is null or 0 or >= 5 && taking is null or 0 or >= 5, string.Join(",", row));
            Assert.Equal(people is null, row[2] == HiddenFigure.Word);
            Assert.Equal(taking is null, row[4] == HiddenFigure.Word);
            // Nor can "people not taking cash" be worked out as fewer than 5.
            if (people is { } p && taking is { } t)
                Assert.True(p - t is 0 or >= 5, string.Join(",", row));
        }
        Assert.Contains(HiddenFigure.Word, rows[1]);
    }

    private static readonly SharedOnce<PictureMatrixFixture> Shared = new();

    private Task<PictureMatrixFixture> Fixture() => Shared.Get(async () =>
    {
        var fixture = new PictureMatrixFixture(app);
        await fixture.InitializeAsync();
        return fixture;
    });
}
