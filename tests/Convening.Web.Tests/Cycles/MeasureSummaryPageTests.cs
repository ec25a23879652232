using System.Net;

namespace Convening.Web.Tests.Cycles;

/// <summary>
/// The summary table of measures on a group's and a place's page: members and observers of a group see
/// its measures with their icons; people outside it do not, not even in the place's table.
/// </summary>
[Collection(SecondWebCollection.Name)]
public sealed class MeasureSummaryPageTests(WebAppFixture app)
{
    [Fact]
    public async Task GroupPage_ShowsEachMeasureWithItsIcons_ToMembersAndObservers_NotToOutsiders()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Member);
        var measureId = await s.AddMeasure(s.Member, cycleId);
        await MeasureData.AddPoints(s.Member, cycleId, measureId, MeasureData.NewSignal);

        var observer = WebUtility.HtmlDecode(await (await CookieBrowser.SignedIn(app, s.Observer)).Html($"/groups/{s.GroupId}"));
        var outsider = WebUtility.HtmlDecode(await (await CookieBrowser.SignedIn(app, s.Outsider)).Html($"/groups/{s.GroupId}"));

        Assert.Contains("Summary of the measures", observer);
        Assert.Contains($"href=\"/cycles/{cycleId}#measure-{measureId}-heading\">Hand-offs per young person", observer);
        Assert.Contains("15 hand-offs on 31 Mar 2025", observer);
        Assert.Contains("Special cause variation: concern, higher values", observer);
        Assert.Contains("app-mdc-icon--concern", observer);
        Assert.Contains("No target or not enough data", observer);
        Assert.DoesNotContain("Summary of the measures", outsider);
        Assert.DoesNotContain("Hand-offs per young person", outsider);
        Assert.DoesNotContain("15 hand-offs", outsider);
    }

    [Fact]
    public async Task PlacePage_ShowsOnlyTheMeasuresOfGroupsTheViewerBelongsTo()
    {
        var s = await CycleScenario.Create(app);
        var first = await s.StartCycle(s.Member);
        await MeasureData.AddPoints(s.Member, first, await s.AddMeasure(s.Member, first), MeasureData.NewSignal);
        // A second group in the same place, which the first group's outsider belongs to and its observer does not.
        var other = await Scenario.Convene(s.Convenor, s.PlaceSlug, "Hospital discharge");
        await Scenario.Join(s.Convenor, other, s.Outsider);
        var second = await s.StartCycle(s.Convenor, "Why do discharges wait for a package of care?", other);
        await MeasureData.AddPoints(s.Convenor, second, await s.AddMeasure(s.Convenor, second, "Bed days lost"), [3, 4]);

        var observer = WebUtility.HtmlDecode(await (await CookieBrowser.SignedIn(app, s.Observer)).Html($"/places/{s.PlaceSlug}"));
        var outsider = WebUtility.HtmlDecode(await (await CookieBrowser.SignedIn(app, s.Outsider)).Html($"/places/{s.PlaceSlug}"));
        var anonymous = WebUtility.HtmlDecode(await new HttpClient { BaseAddress = app.Url }.GetStringAsync($"/places/{s.PlaceSlug}"));

        Assert.Contains("Measures in the groups you belong to", observer);
        Assert.Contains("Hand-offs per young person", observer);
        Assert.DoesNotContain("Bed days lost", observer);
        Assert.Contains("Bed days lost", outsider);
        Assert.Contains("4 hand-offs on 13 Jan 2025", outsider);
        Assert.DoesNotContain("Hand-offs per young person", outsider);
        Assert.DoesNotContain("Summary of the measures", anonymous);
    }
}
