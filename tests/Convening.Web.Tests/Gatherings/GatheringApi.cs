using System.Text.Json.Nodes;

namespace Convening.Web.Tests.Gatherings;

/// <summary>A group of three (convenor, member, observer) with a gathering, built through the public API.</summary>
public sealed record GatheringSetup(Person Convenor, Person Member, Person Observer, string GroupId, string GatheringId);

public static class GatheringApi
{
    public const string Fields = "id title status startsAt endsAt sequence timeZone myRole notes { markdown version } actions { id text due ownerHasLeft owner { id } } responseCounts { yes no maybe }";

    public static async Task<GatheringSetup> Setup(WebAppFixture app, DateTimeOffset? start = null, string timeZone = "Europe/London")
    {
        var scenario = new Scenario(app);
        var convenor = await scenario.Register("Asha");
        var member = await scenario.Register("Ben");
        var observer = await scenario.Register("Olu");
        var groupId = await Scenario.Convene(convenor, await Scenario.CreatePlace(convenor));
        await Scenario.Join(convenor, groupId, member);
        await Scenario.Join(convenor, groupId, observer, "OBSERVER");
        var gathering = await Plan(convenor, groupId, timeZone);
        if (start is { } at)
            await Schedule(convenor, gathering, at);
        return new GatheringSetup(convenor, member, observer, groupId, gathering);
    }

    public static async Task<string> Plan(Person convenor, string groupId, string timeZone = "Europe/London", string title = "Trailblazer check-in")
    {
        var reply = (await Mutate(convenor, "planGathering", "PlanGatheringInput", new
        {
            groupId, title, purpose = "Agree **one** assessment", format = "HYBRID", address = "County Hall, Chelmsford",
            joinUrl = "https://meet.example.org/trailblazer", minutes = 90, timeZone,
        })).ShouldSucceed();
        return reply.Data!["planGathering"]!["gathering"]!["id"]!.GetValue<string>();
    }

    public static async Task<JsonNode> Schedule(Person convenor, string gatheringId, DateTimeOffset startsAt) =>
        (await Mutate(convenor, "scheduleGathering", "ScheduleGatheringInput", new { gatheringId, startsAt })).ShouldSucceed().Data!["scheduleGathering"]!["gathering"]!;

    /// <summary>Runs a gathering mutation and returns the reply; its payload field is "gathering" unless told otherwise.</summary>
    public static Task<Reply> Mutate(Person who, string name, string inputType, object input, string selection = $"gathering {{ {Fields} }}") =>
        who.Api.Post($"mutation($i: {inputType}!) {{ {name}(input: $i) {{ {selection} }} }}", new { i = input });

    public static Task<Reply> Get(Person who, string gatheringId, string fields = Fields) =>
        who.Api.Post($"query($id: ID!) {{ gathering(id: $id) {{ {fields} }} }}", new { id = gatheringId });

    /// <summary>A weekday a week or more ahead, at 10:00 in London, so tests never schedule into the past.</summary>
    public static DateTimeOffset NextWeekInLondon(int hour = 10)
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var day = Today().AddDays(7);
        var local = day.AddHours(hour);
        return new DateTimeOffset(local, london.GetUtcOffset(local));
    }

    /// <summary>The first day, at least two days ahead, on which London's clocks change overnight.</summary>
    public static DateTime NextClockChangeInLondon()
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var day = Today().AddDays(2);
        while (london.GetUtcOffset(day.AddHours(12)) == london.GetUtcOffset(day.AddDays(1).AddHours(12)))
            day = day.AddDays(1);
        return day.AddDays(1);
    }

    // A calendar date with no zone attached, to be read as local time in whatever zone a test names.
    private static DateTime Today() => DateTime.SpecifyKind(DateTime.UtcNow.Date, DateTimeKind.Unspecified);
}
