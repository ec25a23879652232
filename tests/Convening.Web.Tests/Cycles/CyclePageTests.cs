using System.Net;

namespace Convening.Web.Tests.Cycles;

/// <summary>The cycle pages as a browser without JavaScript sees them.</summary>
[Collection(SecondWebCollection.Name)]
public sealed class CyclePageTests(WebAppFixture app)
{
    [Fact]
    public async Task CyclePage_DrawsTheChartWithATextAlternative_AndRendersMarkdownSafely()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Member);
        var measureId = await s.AddMeasure(s.Member, cycleId);
        await AddPoints(s, cycleId, measureId, [4, 6, 5, 7, 5, 6, 4, 6, 5, 7, 5, 6, 15]);
        (await s.Member.Api.Post("mutation($i: RecordStageOutputInput!) { recordStageOutput(input: $i) { cycle { id } } }",
            new { i = new { cycleId, stage = "UNDERSTAND", output = "**Young people** repeat their story <script>alert(1)</script> [x](javascript:alert(1))" } })).ShouldSucceed();

        var html = await (await CookieBrowser.SignedIn(app, s.Observer)).Html($"/cycles/{cycleId}");

        Assert.Contains("role=\"img\"", html);
        Assert.Contains("XmR chart of Hand-offs per young person.", html);
        // 13 points, baseline all 13 (fewer than 20): mean (66 + 15) / 13 = 6.23. Moving ranges 18 + 9 = 27 / 12 = 2.25,
        // and the 9 is screened out (3.267 × 2.25 = 7.35), leaving 18 / 11; limits 6.23 ± 4.35: 15 on 31 Mar 2025 is above 10.58.
        Assert.Contains("Baseline of the first 13 points: mean 6.23 hand-offs, process limits 1.88 hand-offs to 10.58 hand-offs.", html);
        Assert.Contains("15 hand-offs on 31 Mar 2025 is above the upper process limit (a concern)", html);
        Assert.Contains("Special cause variation: concern, higher values", html);
        Assert.Contains("app-chart__point--concern", html);
        Assert.Contains("govuk-task-list", html);
        Assert.Contains($"href=\"/boards/cycle-{cycleId}\"", html);
        Assert.Contains("<strong>Young people</strong>", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("Move on to Plan", html);
    }

    [Fact]
    public async Task CsvUpload_WithBadRows_ListsThemInTheErrorSummary_AndImportsNothing()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Member);
        var measureId = await s.AddMeasure(s.Member, cycleId);
        var browser = await CookieBrowser.SignedIn(app, s.Member);
        var page = $"/cycles/{cycleId}/measures/{measureId}";

        var response = await browser.Upload(page + "?handler=Upload", "csv-file", "hand-offs.csv", "date,value\n2025-01-06,4\n06/13/2025,3\n2025-01-20,lots\n");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("2 rows of the file could not be read, so nothing was imported.", html);
        Assert.Contains("Row 3: '06/13/2025' is not a date.", html);
        Assert.Contains("Row 4: 'lots' is not a number.", html);
        Assert.Contains("id=\"csv-file-error\"", html);
        Assert.Contains("No data yet.", await browser.Html(page));

        var good = await browser.Upload(page + "?handler=Upload", "csv-file", "hand-offs.csv", "date,value\n2025-01-06,4\n13/01/2025,3\n");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Contains("2 rows have been imported", await browser.Html(page));
    }

    [Fact]
    public async Task StartForm_OnTheGroupPage_StartsACycle_ThatTheGroupAndPlaceList()
    {
        var s = await CycleScenario.Create(app);
        var browser = await CookieBrowser.SignedIn(app, s.Member);
        Assert.Contains($"href=\"/groups/{s.GroupId}/cycles/new\"", await browser.Html($"/groups/{s.GroupId}"));

        var empty = await browser.Post($"/groups/{s.GroupId}/cycles/new", ("question", " "));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("href=\"#question\"", await empty.Content.ReadAsStringAsync());

        var started = await browser.Post($"/groups/{s.GroupId}/cycles/new", ("question", "Why do people call us three times?"), ("purpose", "Less chasing"));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var cyclePath = started.Headers.Location!.OriginalString;
        Assert.Matches("^/cycles/[0-9a-f]{32}$", cyclePath);
        Assert.Contains("The learning cycle has started", await browser.Html(cyclePath));
        Assert.Contains($"href=\"{cyclePath}\">Why do people call us three times?</a>", await browser.Html($"/groups/{s.GroupId}"));
        Assert.Contains("Why do people call us three times?", await browser.Html($"/places/{s.PlaceSlug}"));

        var observer = await CookieBrowser.SignedIn(app, s.Observer);
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.Get($"/groups/{s.GroupId}/cycles/new")).StatusCode);
    }

    [Fact]
    public async Task Outsider_SeesOnlyTheQuestion_AndCannotExportData()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Member);
        var measureId = await s.AddMeasure(s.Member, cycleId);
        await AddPoints(s, cycleId, measureId, [4, 3.5]);
        var outsider = await CookieBrowser.SignedIn(app, s.Outsider);

        var html = await outsider.Html($"/cycles/{cycleId}");
        Assert.Contains("How do we stop young people being passed between services?", html);
        Assert.Contains("is for the members of", html);
        Assert.DoesNotContain("Fewer hand-offs", html);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Get($"/cycles/{cycleId}/measures/{measureId}/csv")).StatusCode);

        var export = await (await CookieBrowser.SignedIn(app, s.Observer)).Get($"/cycles/{cycleId}/measures/{measureId}/csv");
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        Assert.Equal("hand-offs-per-young-person.csv", export.Content.Headers.ContentDisposition!.FileName);
        // NHSRplotthedots' columns; two points are a run chart, so there are no limits yet (NA) and the group is short.
        Assert.Equal(
            "y,x,f,trajectory,rebase_group,short_group_warning,fix_y,mean_col,lpl,upl,outside_limits,relative_to_mean,close_to_limits,special_cause_flag,point_type,target,improvement_direction\n" +
            "4,2025-01-06,Hand-offs per young person,NA,0,TRUE,4,3.75,NA,NA,NA,1,NA,0,common_cause,NA,decrease\n" +
            "3.5,2025-01-13,Hand-offs per young person,NA,0,TRUE,3.5,3.75,NA,NA,NA,-1,NA,0,common_cause,NA,decrease\n",
            await export.Content.ReadAsStringAsync());
    }

    private static async Task AddPoints(CycleScenario s, string cycleId, string measureId, double[] values)
    {
        var points = values.Select((v, i) => new { date = new DateOnly(2025, 1, 6).AddDays(7 * i).ToString("yyyy-MM-dd"), value = v }).ToArray();
        (await s.Member.Api.Post("mutation($i: AddDataPointsInput!) { addDataPoints(input: $i) { measure { id } } }",
            new { i = new { cycleId, measureId, points } })).ShouldSucceed();
    }
}
