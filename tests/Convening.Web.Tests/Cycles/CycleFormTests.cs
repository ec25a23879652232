using System.Net;

namespace Convening.Web.Tests.Cycles;

/// <summary>The cycle's smaller forms: stage output, experiment outcome, demand. GOV.UK errors, no JavaScript.</summary>
[Collection(SecondWebCollection.Name)]
public sealed class CycleFormTests(WebAppFixture app)
{
    [Fact]
    public async Task StageOutput_IsSavedByAMember_AndObserversSeeItWithoutAForm()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Member);
        var member = await CookieBrowser.SignedIn(app, s.Member);

        var notReached = await member.Html($"/cycles/{cycleId}/stages/reflect");
        Assert.Contains("The cycle has not reached this stage yet.", notReached);
        var saved = await member.Post($"/cycles/{cycleId}/stages/understand", ("output", "- Young people repeat their story\n- Nobody owns the case"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var observer = await CookieBrowser.SignedIn(app, s.Observer);
        var page = await observer.Html($"/cycles/{cycleId}/stages/understand");
        Assert.Contains("<li>Nobody owns the case</li>", page);
        Assert.DoesNotContain("<textarea", page);
        Assert.Contains("<li>Young people repeat their story</li>", await observer.Html($"/cycles/{cycleId}"));
    }

    [Fact]
    public async Task Outcome_WithNothingFilledIn_ShowsEveryError_ThenSaves()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Member);
        var added = (await s.Member.Api.Post("mutation($i: AddExperimentInput!) { addExperiment(input: $i) { experiment { id } } }",
            new { i = new { cycleId, plan = new { change = "Named worker", prediction = "Fewer hand-offs" } } })).ShouldSucceed();
        var experimentId = added.Data!["addExperiment"]!["experiment"]!["id"]!.GetValue<string>();
        var browser = await CookieBrowser.SignedIn(app, s.Member);
        var path = $"/cycles/{cycleId}/experiments/{experimentId}/outcome";

        var empty = await browser.Post(path, ("outcome", ""), ("learning", " "));
        var html = await empty.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("href=\"#outcome\"", html);
        Assert.Contains("href=\"#learning\"", html);
        Assert.Contains("href=\"#confidence\"", html);

        var saved = await browser.Post(path, ("outcome", "Hand-offs fell"), ("learning", "Trust *matters*"), ("confidence", "High"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var cycle = await browser.Html($"/cycles/{cycleId}");
        Assert.Contains("Trust <em>matters</em>", cycle);
        Assert.Contains("High", cycle);
    }

    [Fact]
    public async Task Demand_WithAnImpossibleDate_IsNotLogged()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Member);
        var browser = await CookieBrowser.SignedIn(app, s.Member);
        var path = $"/cycles/{cycleId}/demand";

        var bad = await browser.Post(path, ("date-day", "31"), ("date-month", "2"), ("date-year", "2025"), ("demand", "Where is my letter?"), ("kind", "Failure"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("The date must be a real date", await bad.Content.ReadAsStringAsync());
        Assert.Contains("Nothing logged yet.", await browser.Html(path));

        var good = await browser.Post(path, ("date-day", "28"), ("date-month", "2"), ("date-year", "2025"), ("demand", "Where is my letter?"), ("kind", "Failure"));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Contains("“Where is my letter?”", await browser.Html(path));
    }
}
