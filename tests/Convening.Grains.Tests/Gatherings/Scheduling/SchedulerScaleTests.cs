using System.Diagnostics;
using Convening.Contracts;
using Convening.Contracts.Gatherings;
using Convening.Contracts.People;
using Xunit.Abstractions;
using static Convening.Grains.Tests.Gatherings.Scheduling.People;

namespace Convening.Grains.Tests.Gatherings.Scheduling;

/// <summary>A 10,000-member group (the most a group may have) searched over the longest window.</summary>
public sealed class SchedulerScaleTests(ITestOutputHelper output)
{
    private static readonly string[] Zones =
        ["Europe/London", "Europe/Dublin", "Europe/Paris", "America/New_York", "America/Chicago", "Asia/Kolkata", "Australia/Sydney", "Pacific/Auckland"];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Suggest_ForTenThousandMembers_CountsEveryoneAndNamesAFew(bool sharedPatterns)
    {
        var random = new Random(20260105);
        var people = Enumerable.Range(0, Limits.GroupMembers).Select(i => Member(i, random, sharedPatterns)).ToList();
        var agencies = Enumerable.Range(0, 30).Select(i => new AgencyHours($"Agency {i}", Hours(Zones[i % 3], "08:30-17:00", Weekdays))).ToList();
        Suggest(Monday, 60, people.Take(100).ToList(), agencies); // warm up the JIT, not the caches: each search builds its own

        var clock = Stopwatch.StartNew();
        var suggestions = Suggest(Monday, 90, people, agencies, weeks: GatheringLimits.MaxWeeksToSearch, count: GatheringLimits.MaxSuggestions);
        output.WriteLine($"10,000 members, {GatheringLimits.MaxWeeksToSearch} weeks, shared patterns: {sharedPatterns}: {clock.ElapsedMilliseconds} ms (informational); best time suits {suggestions[0].CanComeCount}");
        Assert.Equal(GatheringLimits.MaxSuggestions, suggestions.Count);
        Assert.All(suggestions, s => Assert.Equal(Limits.GroupMembers, s.CanComeCount + s.CannotComeCount));
        Assert.All(suggestions, s => Assert.True(s.CannotCome.Count <= GatheringLimits.PeopleNamedPerSuggestion));
        Assert.True(suggestions[0].CanComeCount > 1_000, "most of a mostly-European group should share some weekday hour");
        // Speed is the benchmark's business (docs/decisions/0009 has the figures), not a timed assertion here.
    }

    private static PersonCard Member(int i, Random random, bool sharedPatterns)
    {
        var zone = Zones[random.Next(10) < 7 ? random.Next(3) : random.Next(Zones.Length)];
        // Shared: whole-hour patterns, as most people give. Otherwise every person's minutes differ, defeating any sharing.
        var start = sharedPatterns ? (7 + random.Next(4)) * 60 : 7 * 60 + random.Next(180);
        var end = sharedPatterns ? (15 + random.Next(4)) * 60 : 15 * 60 + random.Next(180);
        var days = random.Next(5) == 0 ? Weekdays.Where(_ => random.Next(2) == 0).ToArray() : Weekdays;
        var sector = random.Next(100) < 3 ? Sector.LivedExperience : (Sector)random.Next(6);
        var absences = random.Next(5) == 0
            ? new[] { new Absence("a", DateOnly.FromDateTime(Monday.Date).AddDays(random.Next(50)), DateOnly.FromDateTime(Monday.Date).AddDays(50 + random.Next(10))) }
            : [];
        return new PersonCard($"p{i}", $"Person {i}", $"p{i}@example.org", sector, random.Next(3) == 0 ? "" : $"Agency {random.Next(40)}",
            new Availability(zone, [.. days.Select(d => new AvailabilityWindow(d, start, end))]))
        {
            Absences = absences,
            Deputy = new Deputy($"Deputy {i}", $"d{i}@example.org"),
        };
    }
}
