using System.Net;
using static Convening.Web.Tests.Gatherings.GatheringApi;

namespace Convening.Web.Tests.Gatherings;

/// <summary>
/// The time-finder knows when members are already meeting (in this group or another of theirs), spreads its
/// suggestions over days; a draft abandoned before a time was chosen can be thrown away; and a gathering that
/// has already taken place can be recorded, so its reflection can be reached.
/// </summary>
[Collection(SecondWebCollection.Name)]
public sealed class TimeFinderTests(WebAppFixture app)
{
    private const string Suggestions = "suggestedTimes(weeks: 2, count: 4) { start canComeCount cannotCome { person { id } reason } }";
    private static readonly string[] Weekdays = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"];

    [Fact]
    public async Task SuggestedTimes_AvoidTheGroupsOtherGathering_AndAMembersOtherGroup_AndFallOnDifferentDays()
    {
        var setup = await Setup(app);
        foreach (var person in new[] { setup.Convenor, setup.Member, setup.Observer })
            await Profile(person);
        var first = await Suggested(setup);
        var busy = first[0]!["start"]!.GetValue<DateTimeOffset>();

        var checkIn = await Plan(setup.Convenor, setup.GroupId, title: "Monthly check-in");
        await Schedule(setup.Convenor, checkIn, busy);
        var second = await Suggested(setup);
        Assert.DoesNotContain(second, s => Overlaps(s!["start"]!.GetValue<DateTimeOffset>(), busy));

        var other = await new Scenario(app).Register("Zara");
        var otherGroup = await Scenario.Convene(other, await Scenario.CreatePlace(other), "Housing forum");
        await Scenario.Join(other, otherGroup, setup.Member);
        var elsewhere = second[0]!["start"]!.GetValue<DateTimeOffset>();
        await Schedule(other, await Plan(other, otherGroup, title: "Housing forum"), elsewhere);
        var third = await Suggested(setup);

        Assert.NotEqual(elsewhere, third[0]!["start"]!.GetValue<DateTimeOffset>());
        Assert.Equal(3, third[0]!["canComeCount"]!.GetValue<int>());
        foreach (var s in third.Where(s => Overlaps(s!["start"]!.GetValue<DateTimeOffset>(), elsewhere)))
            Assert.Contains(s!["cannotCome"]!.AsArray(), c => c!["person"]!["id"]!.GetValue<string>() == setup.Member.Id && c["reason"]!.GetValue<string>() == "AT_ANOTHER_GATHERING");
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var days = third.Select(s => TimeZoneInfo.ConvertTime(s!["start"]!.GetValue<DateTimeOffset>(), london).Date).ToList();
        Assert.Equal(4, days.Count);
        Assert.Equal(days.Count, days.Distinct().Count());
    }

    [Fact]
    public async Task DraftWithNoTime_CanBeDiscarded_AfterConfirming()
    {
        var setup = await Setup(app);
        using var convenor = await FormClient.SignedIn(app.Url, setup.Convenor);
        var page = await convenor.Text($"/gatherings/{setup.GatheringId}");
        Assert.Contains($"href=\"/gatherings/{setup.GatheringId}/discard\"", page, StringComparison.Ordinal);
        Assert.Contains("Are you sure you want to discard this draft?", await convenor.Text($"/gatherings/{setup.GatheringId}/discard"), StringComparison.Ordinal);
        Assert.Contains("No time yet", await convenor.Text($"/groups/{setup.GroupId}/gatherings"), StringComparison.Ordinal);

        var discarded = await convenor.Post($"/gatherings/{setup.GatheringId}/discard", $"/gatherings/{setup.GatheringId}/discard");

        Assert.Equal(HttpStatusCode.Redirect, discarded.StatusCode);
        Assert.DoesNotContain("No time yet", await convenor.Text($"/groups/{setup.GroupId}/gatherings"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await convenor.Get($"/gatherings/{setup.GatheringId}")).StatusCode);
    }

    [Fact]
    public async Task ScheduledGathering_CannotBeDiscarded_OnlyCancelled()
    {
        var setup = await Setup(app, NextWeekInLondon());
        using var convenor = await FormClient.SignedIn(app.Url, setup.Convenor);

        var refused = await convenor.Post($"/gatherings/{setup.GatheringId}/discard", $"/gatherings/{setup.GatheringId}/discard");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Cancel it instead", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await convenor.Get($"/gatherings/{setup.GatheringId}")).StatusCode);
    }

    [Fact]
    public async Task GatheringHeldLastWeek_RecordedByTheConvenor_OpensItsReflection()
    {
        var setup = await Setup(app);
        using var convenor = await FormClient.SignedIn(app.Url, setup.Convenor);
        var held = $"/gatherings/{setup.GatheringId}/held";
        Assert.Contains($"href=\"{held}\"", await convenor.Text($"/gatherings/{setup.GatheringId}"), StringComparison.Ordinal);
        var lastWeek = DateTime.UtcNow.Date.AddDays(-7);
        var tomorrow = DateTime.UtcNow.Date.AddDays(1);

        var future = await convenor.Post(held, held, ("date-day", $"{tomorrow.Day}"), ("date-month", $"{tomorrow.Month}"), ("date-year", $"{tomorrow.Year}"), ("time", "10:00"));
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("must have finished", await future.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var recorded = await convenor.Post(held, held, ("date-day", $"{lastWeek.Day}"), ("date-month", $"{lastWeek.Month}"), ("date-year", $"{lastWeek.Year}"), ("time", "10:00"));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        using var member = await FormClient.SignedIn(app.Url, setup.Member);
        var page = await member.Text($"/gatherings/{setup.GatheringId}");
        Assert.Contains("How did the conversation go?", page, StringComparison.Ordinal);
        var reflected = await member.Post($"/gatherings/{setup.GatheringId}", $"/gatherings/{setup.GatheringId}?handler=Reflect", ("level", "Transformational"), ("reflection-note", ""));
        Assert.Equal(HttpStatusCode.Redirect, reflected.StatusCode);
        Assert.Contains("0 transactional, 0 positional, 1 transformational", await member.Text($"/gatherings/{setup.GatheringId}"), StringComparison.Ordinal);
        Assert.Contains("Trailblazer check-in", await member.Text($"/groups/{setup.GroupId}/gatherings"), StringComparison.Ordinal);
    }

    private static bool Overlaps(DateTimeOffset a, DateTimeOffset b) => Math.Abs((a - b).TotalMinutes) < 90;

    private static async Task<List<System.Text.Json.Nodes.JsonNode?>> Suggested(GatheringSetup setup) =>
        [.. (await Get(setup.Convenor, setup.GatheringId, Suggestions)).ShouldSucceed().Data!["gathering"]!["suggestedTimes"]!.AsArray()];

    private static async Task Profile(Person person) =>
        (await person.Api.Post("mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { person { id } } }",
            new { i = new { displayName = person.Name, sector = "HEALTH", organisation = "", availability = new { timeZone = "Europe/London", windows = Weekdays.Select(day => new { day, from = "09:00", to = "17:00" }).ToArray() } } })).ShouldSucceed();
}
