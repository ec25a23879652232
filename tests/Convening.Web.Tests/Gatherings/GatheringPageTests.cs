using System.Net;
using Convening.Grains;
using Microsoft.Extensions.DependencyInjection;
using static Convening.Web.Tests.Gatherings.GatheringApi;

namespace Convening.Web.Tests.Gatherings;

/// <summary>The gathering pages as a browser without JavaScript uses them.</summary>
[Collection(SecondWebCollection.Name)]
public sealed class GatheringPageTests(WebAppFixture app)
{
    [Fact]
    public async Task GatheringPage_IsForMembersOnly()
    {
        var setup = await Setup(app, NextWeekInLondon());
        var outsider = await new Scenario(app).Register("Mallory");
        using var stranger = await FormClient.SignedIn(app.Url, outsider);
        using var anonymous = new FormClient(app.Url);

        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Get($"/gatherings/{setup.GatheringId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Get($"/groups/{setup.GroupId}/gatherings")).StatusCode);
        var redirect = await anonymous.Get($"/gatherings/{setup.GatheringId}");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/account/sign-in", redirect.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task Reply_ByForm_IsCountedOnThePage()
    {
        var setup = await Setup(app, NextWeekInLondon());
        using var ben = await FormClient.SignedIn(app.Url, setup.Member);
        var page = $"/gatherings/{setup.GatheringId}";

        var response = await ben.Post(page, page + "?handler=Reply", ("answer", "Maybe"), ("reply-note", "If cover is found"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = WebUtility.HtmlDecode(await ben.Text(page));
        Assert.Contains("0 coming, 1 maybe, 0 not coming", html);
        Assert.Contains("If cover is found", html);
    }

    [Fact]
    public async Task Reflection_AppearsOnceTheGatheringHasStarted_AndTheGroupSeesThePattern()
    {
        var clock = new MovableTime();
        using var host = new WebAppFixture(new Dictionary<string, string>(), s => s.AddSingleton(new GrainClock(clock)));
        var setup = await Setup(host, NextWeekInLondon());
        using var ben = await FormClient.SignedIn(host.Url, setup.Member);
        var page = $"/gatherings/{setup.GatheringId}";
        Assert.DoesNotContain("How did the conversation go?", await ben.Text(page));

        clock.Advance(TimeSpan.FromDays(8));
        var response = await ben.Post(page, page + "?handler=Reflect", ("level", "Transformational"), ("reflection-note", "We found common ground"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = WebUtility.HtmlDecode(await ben.Text(page));
        Assert.Contains("So far: 0 transactional, 0 positional, 1 transformational.", after);
        Assert.DoesNotContain("Are you coming?", after);
        var pattern = await ben.Text($"/groups/{setup.GroupId}/gatherings");
        Assert.Contains("How participants said each conversation went", pattern);
        Assert.Matches(@"Trailblazer check-in</a>[\s\S]*?>0</td>[\s\S]*?>0</td>[\s\S]*?>1</td>", pattern);
    }

    [Fact]
    public async Task Notes_SavedOverSomeoneElsesSave_KeepBothAndSayWhatHappened()
    {
        var setup = await Setup(app, NextWeekInLondon());
        using var ben = await FormClient.SignedIn(app.Url, setup.Member);
        using var asha = await FormClient.SignedIn(app.Url, setup.Convenor);
        var notes = $"/gatherings/{setup.GatheringId}/notes";
        await ben.Post(notes, notes, ("notes", "Ben's list"), ("base-version", "0"));

        var clash = await asha.Post(notes, notes, ("notes", "Asha's list"), ("base-version", "0"));

        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        var html = WebUtility.HtmlDecode(await clash.Content.ReadAsStringAsync());
        Assert.Contains("Asha's list</textarea>", html);
        Assert.Contains("Ben's list", html);
        Assert.Contains("saved the notes while you were editing", html);
    }

    /// <summary>Real time, moved forward on demand: the grains' clock only, so Orleans' own timers are untouched.</summary>
    private sealed class MovableTime : TimeProvider
    {
        private long _ticks;

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _ticks));

        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
    }
}
