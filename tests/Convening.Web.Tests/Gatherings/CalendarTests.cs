using System.Net;
using System.Net.Http.Headers;
using Ical.Net;
using Ical.Net.CalendarComponents;
using static Convening.Web.Tests.Gatherings.GatheringApi;

namespace Convening.Web.Tests.Gatherings;

/// <summary>The .ics download and the private feed, read back with Ical.Net as a calendar app would.</summary>
[Collection(SecondWebCollection.Name)]
public sealed class CalendarTests(WebAppFixture app)
{
    [Fact]
    public async Task Download_IsAnEventInTheGatheringsZone_AtTheRightUtcInstant()
    {
        var start = NextWeekInLondon();
        var setup = await Setup(app, start);

        var (response, text) = await Fetch($"/gatherings/{setup.GatheringId}/calendar.ics", setup.Member);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = Calendar.Load(text)!;
        Assert.Equal("Europe/London", Assert.Single(calendar.TimeZones).TzId);
        var e = Assert.Single(calendar.Events);
        Assert.Equal(($"{setup.GatheringId}@gatherings.convening", 0, EventStatus.Confirmed, "Trailblazer check-in"), (e.Uid, e.Sequence, e.Status, e.Summary));
        Assert.Equal(("Europe/London", start.UtcDateTime, start.UtcDateTime.AddMinutes(90)), (e.DtStart!.TzId, e.DtStart.AsUtc, e.DtEnd!.AsUtc));
        Assert.Equal(start.DateTime, e.DtStart.Value);
        Assert.Equal("County Hall, Chelmsford and online: https://meet.example.org/trailblazer", e.Location);
        Assert.Contains($"/gatherings/{setup.GatheringId}", e.Description);
    }

    [Fact]
    public async Task Download_DescribesThePurposeInPlainWords_NotMarkdown()
    {
        var setup = await Setup(app, NextWeekInLondon());

        var (_, text) = await Fetch($"/gatherings/{setup.GatheringId}/calendar.ics", setup.Member);

        var e = Assert.Single(Calendar.Load(text)!.Events);
        Assert.StartsWith("Agree one assessment", e.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("**", e.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_AfterAMoveAndACancellation_RaisesSequence_AndSaysCancelled()
    {
        var setup = await Setup(app, NextWeekInLondon());
        await Schedule(setup.Convenor, setup.GatheringId, NextWeekInLondon(14));
        var moved = Assert.Single(await Events(setup));
        (await Mutate(setup.Convenor, "cancelGathering", "CancelGatheringInput", new { gatheringId = setup.GatheringId, reason = "Snow" })).ShouldSucceed();

        var cancelled = Assert.Single(await Events(setup));

        Assert.Equal((1, EventStatus.Confirmed, 14), (moved.Sequence, moved.Status, moved.DtStart!.Hour));
        Assert.Equal((2, EventStatus.Cancelled, "Cancelled: Trailblazer check-in"), (cancelled.Sequence, cancelled.Status, cancelled.Summary));
        Assert.Equal(moved.Uid, cancelled.Uid);
    }

    [Fact]
    public async Task Feed_AcrossTheClockChange_KeepsTheLocalHourAndMovesTheUtcHour()
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var change = NextClockChangeInLondon();
        var before = At(change.AddDays(-2).AddHours(10), london);
        var after = At(change.AddDays(1).AddHours(10), london);
        var setup = await Setup(app, before);
        await Schedule(setup.Convenor, await Plan(setup.Convenor, setup.GroupId, title: "After the change"), after);

        var (response, text) = await Fetch(new Uri(await FeedUrl(setup.Member)).AbsolutePath, who: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"DTSTART;TZID=Europe/London:{before:yyyyMMdd}T100000", text);
        Assert.Contains($"DTSTART;TZID=Europe/London:{after:yyyyMMdd}T100000", text);
        var events = Calendar.Load(text)!.Events.OrderBy(e => e.DtStart!.AsUtc).ToList();
        Assert.Equal([before.UtcDateTime, after.UtcDateTime], events.Select(e => e.DtStart!.AsUtc));
        Assert.NotEqual(before.UtcDateTime.Hour, after.UtcDateTime.Hour);
    }

    [Fact]
    public async Task Feed_AfterReset_TheOldAddressAnswersNotFound()
    {
        var setup = await Setup(app, NextWeekInLondon());
        var old = new Uri(await FeedUrl(setup.Member)).AbsolutePath;
        var fresh = new Uri(await FeedUrl(setup.Member)).AbsolutePath;

        Assert.NotEqual(old, fresh);
        Assert.Equal(HttpStatusCode.NotFound, (await Fetch(old, who: null)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Fetch(fresh, who: null)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Fetch($"/calendar/{setup.Member.Id}.{new string('A', 43)}.ics", who: null)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Fetch("/calendar/not-a-token.ics", who: null)).Response.StatusCode);
    }

    [Fact]
    public async Task Feed_OfSomeoneWhoLeftTheGroup_DropsItsGatherings()
    {
        var setup = await Setup(app, NextWeekInLondon());
        var feed = new Uri(await FeedUrl(setup.Member)).AbsolutePath;
        Assert.Single(Calendar.Load((await Fetch(feed, who: null)).Text)!.Events);

        (await setup.Member.Api.Post("mutation($i: LeaveGroupInput!) { leaveGroup(input: $i) { group { id } } }", new { i = new { groupId = setup.GroupId } })).ShouldSucceed();

        Assert.Empty(Calendar.Load((await Fetch(feed, who: null)).Text)!.Events);
    }

    [Fact]
    public async Task Download_ByOutsider_IsForbidden_AndWithoutSignIn_GoesToSignIn()
    {
        var setup = await Setup(app, NextWeekInLondon());
        var outsider = await new Scenario(app).Register("Mallory");

        Assert.Equal(HttpStatusCode.Forbidden, (await Fetch($"/gatherings/{setup.GatheringId}/calendar.ics", outsider)).Response.StatusCode);
        var anonymous = await Fetch($"/gatherings/{setup.GatheringId}/calendar.ics", who: null);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.Response.StatusCode);
        Assert.StartsWith("/account/sign-in", anonymous.Response.Headers.Location?.PathAndQuery);
    }

    private static DateTimeOffset At(DateTime local, TimeZoneInfo zone) => new(local, zone.GetUtcOffset(local));

    private async Task<IReadOnlyList<CalendarEvent>> Events(GatheringSetup setup) =>
        [.. Calendar.Load((await Fetch($"/gatherings/{setup.GatheringId}/calendar.ics", setup.Member)).Text)!.Events];

    private static async Task<string> FeedUrl(Person person)
    {
        var reply = (await person.Api.Post("mutation { resetCalendarFeed(input: {}) { person { calendarFeedUrl } } }")).ShouldSucceed();
        return reply.Data!["resetCalendarFeed"]!["person"]!["calendarFeedUrl"]!.GetValue<string>();
    }

    private async Task<(HttpResponseMessage Response, string Text)> Fetch(string path, Person? who)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Url };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (who is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", who.Token);
        var response = await client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }
}
