using System.Security.Cryptography;
using System.Text;
using Convening.Contracts.Gatherings;

namespace Convening.Web.Demo;

/// <summary>
/// Each demo group's gatherings: the ones it has held (with notes, a decision and members' reflections,
/// so the pattern of its conversations can be seen) and the next one, at the best time the time-finder
/// finds. Each place meets in its own building, so no two groups share a room.
/// </summary>
internal static class DemoGatherings
{
    public static async Task Plan(IGrainFactory grains, DateTimeOffset now, string groupId, string groupName, string convenor, IReadOnlyDictionary<string, string> people)
    {
        var meeting = DemoMeetings.For(groupName);
        foreach (var held in meeting.History)
            await Held(grains, now, groupId, groupName, meeting, held, convenor, people);

        var gathering = grains.GetGrain<IGatheringGrain>(Id(groupName, "next"));
        await gathering.Plan(groupId, Details(meeting, meeting.Title), convenor);
        foreach (var (title, minutes) in new[] { ("Check-in round", 10), ("What we heard from people using services", 30), ("Actions", 15) })
            await gathering.AddAgendaItem(title, minutes, convenor);
        var best = (await gathering.SuggestTimes(2, 1, convenor)).FirstOrDefault();
        if (best is not null)
            await gathering.Schedule(best.Start, convenor);
    }

    private static async Task Held(IGrainFactory grains, DateTimeOffset now, string groupId, string groupName, DemoMeeting meeting, DemoHeld held,
        string convenor, IReadOnlyDictionary<string, string> people)
    {
        var gathering = grains.GetGrain<IGatheringGrain>(Id(groupName, held.Title));
        await gathering.Plan(groupId, Details(meeting, held.Title), convenor);
        await gathering.RecordHeld(Past(now, held.WeeksAgo), convenor);
        await gathering.UpdateNotes(held.Notes, 0, convenor);
        await gathering.RecordDecision(held.Decision, convenor);
        foreach (var (person, level, note) in held.Reflections)
            await gathering.Reflect(level, note, people[person]);
    }

    private static GatheringDetails Details(DemoMeeting m, string title) =>
        new(title, m.Purpose, m.Format, m.Address, m.JoinUrl, m.Minutes, "Europe/London");

    /// <summary>A Tuesday morning some weeks back, at 10:00 in London.</summary>
    private static DateTimeOffset Past(DateTimeOffset now, int weeksAgo)
    {
        var day = now.UtcDateTime.Date.AddDays(-7 * weeksAgo);
        while (day.DayOfWeek != DayOfWeek.Tuesday)
            day = day.AddDays(-1);
        return ZonedTime.Exact(DateTime.SpecifyKind(day.AddHours(10), DateTimeKind.Unspecified), ZonedTime.Zone("Europe/London"));
    }

    private static string Id(string groupName, string which) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"convening-demo-gathering:{groupName}:{which}")))[..32];
}
