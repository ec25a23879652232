using System.Net;
using Convening.Web.Tests.Gatherings;

namespace Convening.Web.Tests.Cycles;

/// <summary>A new signal put on the agenda of the group's next gathering, from the cycle page, in one click.</summary>
[Collection(SecondWebCollection.Name)]
public sealed class SignalAgendaTests(WebAppFixture app)
{
    [Fact]
    public async Task AgendaSignal_WithNoGatheringPlanned_SaysSo_AndWithOne_AddsTheQuestionToTheSoonest()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Member);
        var measureId = await s.AddMeasure(s.Member, cycleId);
        await MeasureData.AddPoints(s.Member, cycleId, measureId, MeasureData.NewSignal);
        var browser = await CookieBrowser.SignedIn(app, s.Member);
        var page = $"/cycles/{cycleId}";
        Assert.Contains("Add “What is behind this signal?” about Hand-offs per young person to the next gathering’s agenda", WebUtility.HtmlDecode(await browser.Html(page)));

        var none = await browser.Post(page + "?handler=AgendaSignal", ("measure", measureId));
        Assert.Equal(HttpStatusCode.Conflict, none.StatusCode);
        Assert.Contains("has no gathering planned. Plan one with a date and time, then add the question to its agenda.", WebUtility.HtmlDecode(await none.Content.ReadAsStringAsync()));

        var draft = await GatheringApi.Plan(s.Convenor, s.GroupId, title: "Undated draft");
        var later = await GatheringApi.Plan(s.Convenor, s.GroupId, title: "Later meeting");
        await GatheringApi.Schedule(s.Convenor, later, GatheringApi.NextWeekInLondon().AddDays(7));
        var sooner = await GatheringApi.Plan(s.Convenor, s.GroupId, title: "Sooner meeting");
        await GatheringApi.Schedule(s.Convenor, sooner, GatheringApi.NextWeekInLondon());

        var added = await browser.Post(page + "?handler=AgendaSignal", ("measure", measureId));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("“What is behind this signal?” is on the agenda of Sooner meeting", WebUtility.HtmlDecode(await browser.Html(page)));
        Assert.Equal(["What is behind this signal? Hand-offs per young person: 15 hand-offs on 31 Mar 2025 is above the upper process limit (a concern)."], await MeasureData.Agenda(s.Convenor, sooner));
        Assert.Empty(await MeasureData.Agenda(s.Convenor, later));
        Assert.Empty(await MeasureData.Agenda(s.Convenor, draft));
    }

    [Fact]
    public async Task AgendaSignal_ForAMeasureWithoutANewSignal_IsRefused_AndAddsNothing()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Member);
        var measureId = await s.AddMeasure(s.Member, cycleId);
        await MeasureData.AddPoints(s.Member, cycleId, measureId, [.. MeasureData.NewSignal[..12]]);
        var gathering = await GatheringApi.Plan(s.Convenor, s.GroupId);
        await GatheringApi.Schedule(s.Convenor, gathering, GatheringApi.NextWeekInLondon());
        var browser = await CookieBrowser.SignedIn(app, s.Member);

        var response = await browser.Post($"/cycles/{cycleId}?handler=AgendaSignal", ("measure", measureId));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("has no new signal to ask about", await response.Content.ReadAsStringAsync());
        Assert.Empty(await MeasureData.Agenda(s.Convenor, gathering));
    }
}
