using Convening.Contracts.Gatherings;
using Convening.Contracts.People;
using static Convening.Grains.Tests.Gatherings.Scheduling.People;

namespace Convening.Grains.Tests.Gatherings.Scheduling;

public sealed class SchedulerTests
{
    [Fact]
    public void Suggest_PicksTheHourEveryoneShares()
    {
        var people = new[]
        {
            Person("Asha", Sector.Health, "Europe/London", "09:00-12:00"),
            Person("Ben", Sector.Housing, "Europe/London", "11:00-17:00"),
            Person("Chloe", Sector.SocialCare, "Europe/London", "10:00-13:00"),
        };

        var suggestions = Suggest(Monday, 60, people);

        Assert.Equal(5, suggestions.Count);
        Assert.All(suggestions, s => Assert.Equal((11, 0, 3), (s.Start.UtcDateTime.Hour, s.Start.Minute, s.CanComeCount)));
        Assert.All(suggestions, s => Assert.Empty(s.MissingSectors));
        Assert.All(suggestions, s => Assert.False(s.LeavesOutLivedExperience));
        Assert.Equal(Monday.AddHours(11), suggestions[0].Start);
        Assert.Equal(5, suggestions.Select(s => s.Start.Date).Distinct().Count());
    }

    [Fact]
    public void Suggest_AcrossTimeZones_FindsTheHoursTheyShare()
    {
        var people = new[]
        {
            Person("Asha", Sector.Health, "Europe/London", "09:00-17:00"),
            Person("Bo", Sector.Employment, "America/New_York", "09:00-17:00"),
            Person("Cam", Sector.Housing, "Australia/Sydney", "09:00-17:00"),
        };

        var best = Suggest(Monday, 120, people)[0];

        // London 09–17 is 09–17 UTC in January; New York 09–17 is 14–22 UTC; two hours fit from 14:00.
        Assert.Equal(Monday.AddHours(14), best.Start);
        Assert.Equal(2, best.CanComeCount);
        var cam = Assert.Single(best.CannotCome);
        Assert.Equal(("Cam", CannotComeReason.OutsideTheirHours), (cam.Person.Name, cam.Reason));
        Assert.Equal([Sector.Housing], best.MissingSectors);
    }

    [Fact]
    public void Suggest_AcrossADaylightSavingChange_FollowsEachZonesClocks()
    {
        // 2026: New York springs forward on 8 March, London on 29 March. Only in the weeks between
        // do 09:00–17:00 in both overlap for four hours (13:00–17:00 UTC).
        var people = new[]
        {
            Person("Asha", Sector.Health, "Europe/London", "09:00-17:00"),
            Person("Bo", Sector.Employment, "America/New_York", "09:00-17:00"),
        };

        var suggestions = Suggest(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), 240, people, weeks: 5, count: 10);

        Assert.Equal(10, suggestions.Count);
        Assert.All(suggestions, s =>
        {
            Assert.Equal(2, s.CanComeCount);
            Assert.InRange(s.Start, new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 28, 0, 0, 0, TimeSpan.Zero));
            Assert.Equal(new TimeSpan(13, 0, 0), s.Start.UtcDateTime.TimeOfDay);
            Assert.Equal(new TimeSpan(9, 0, 0), Local(s.Start, "America/New_York").TimeOfDay);
        });
    }

    [Fact]
    public void Suggest_OnTheDayTheClocksGoForward_KeepsTheLocalHour()
    {
        var everyDay = Enum.GetValues<DayOfWeek>();
        var people = new[] { Person("Asha", Sector.Health, "Europe/London", "09:00-10:00", everyDay) };

        var suggestions = Suggest(new DateTimeOffset(2026, 3, 26, 0, 0, 0, TimeSpan.Zero), 60, people, count: 7);

        Assert.Equal(7, suggestions.Count);
        Assert.All(suggestions, s => Assert.Equal(new TimeSpan(9, 0, 0), Local(s.Start, "Europe/London").TimeOfDay));
        var sunday = Assert.Single(suggestions, s => s.Start.Day == 29);
        Assert.Equal(8, sunday.Start.UtcDateTime.Hour);
        Assert.Equal(9, Assert.Single(suggestions, s => s.Start.Day == 28).Start.UtcDateTime.Hour);
    }

    [Fact]
    public void Suggest_RanksMoreSectorsAboveMorePeople()
    {
        var people = new[]
        {
            Person("H1", Sector.Health, "Europe/London", "09:00-10:00", [DayOfWeek.Monday]),
            Person("H2", Sector.Health, "Europe/London", "09:00-10:00", [DayOfWeek.Monday]),
            Person("H3", Sector.Health, "Europe/London", "09:00-10:00", [DayOfWeek.Monday]),
            Person("H4", Sector.Health, "Europe/London", "09:00-10:00", [DayOfWeek.Tuesday]),
            Person("U1", Sector.Housing, "Europe/London", "09:00-10:00", [DayOfWeek.Tuesday]),
        };

        var suggestions = Suggest(Monday, 60, people, count: 2);

        Assert.Equal([(DayOfWeek.Tuesday, 2, 2), (DayOfWeek.Monday, 3, 1)],
            suggestions.Select(s => (s.Start.DayOfWeek, s.CanComeCount, s.Sectors.Count)));
    }

    [Fact]
    public void Suggest_FlagsATimeThatLeavesOutEveryoneWithLivedExperience_AndRanksItLower()
    {
        var people = new[]
        {
            Person("Hana", Sector.Health, "Europe/London", "09:00-10:00", [DayOfWeek.Monday]),
            Person("Uma", Sector.Housing, "Europe/London", "09:00-10:00", [DayOfWeek.Monday]),
            Person("Sol", Sector.SocialCare, "Europe/London", "09:00-10:00", [DayOfWeek.Monday]),
            Person("Lee", Sector.LivedExperience, "Europe/London", "09:00-10:00", [DayOfWeek.Tuesday]),
            Person("Hal", Sector.Health, "Europe/London", "09:00-10:00", [DayOfWeek.Tuesday]),
        };

        var suggestions = Suggest(Monday, 60, people, count: 2);

        Assert.Equal([(DayOfWeek.Tuesday, false), (DayOfWeek.Monday, true)],
            suggestions.Select(s => (s.Start.DayOfWeek, s.LeavesOutLivedExperience)));
        Assert.Contains(Sector.LivedExperience, suggestions[1].MissingSectors);
        Assert.Equal("Lee", suggestions[1].CannotCome[0].Person.Name);
    }
}
