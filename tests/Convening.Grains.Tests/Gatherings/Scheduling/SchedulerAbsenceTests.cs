using Convening.Contracts.Gatherings;
using Convening.Contracts.People;
using static Convening.Grains.Tests.Gatherings.Scheduling.People;

namespace Convening.Grains.Tests.Gatherings.Scheduling;

public sealed class SchedulerAbsenceTests
{
    [Fact]
    public void Suggest_AvoidsKnownAbsences_AndNamesTheDeputy()
    {
        var asha = Person("Asha", Sector.Health, "Europe/London", "09:00-17:00");
        var ben = Person("Ben", Sector.Housing, "Europe/London", "09:00-17:00") with
        {
            Absences = [new Absence("a1", new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 6))],
            Deputy = new Deputy("Dee Okafor", "dee@example.org"),
        };

        var suggestions = Suggest(Monday, 60, [asha, ben]);

        Assert.Equal([DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Tuesday],
            suggestions.Select(s => s.Start.DayOfWeek));
        var monday = suggestions[3];
        var away = Assert.Single(monday.CannotCome);
        Assert.Equal(("Ben", CannotComeReason.Away, "Dee Okafor", "dee@example.org"),
            (away.Person.Name, away.Reason, away.Deputy?.Name, away.Deputy?.Contact));
    }

    [Fact]
    public void Suggest_AbsenceDates_AreTheirOwnTimeZonesDays()
    {
        // 5 January in Auckland (UTC+13 in summer) runs from 11:00 UTC on the 4th to 11:00 UTC on the 5th.
        var kiri = Person("Kiri", Sector.Health, "Pacific/Auckland", "00:00-24:00", Enum.GetValues<DayOfWeek>()) with
        {
            Absences = [new Absence("a1", new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5))],
        };

        var first = Suggest(Monday, 60, [kiri], count: 1)[0];

        Assert.Equal(new DateTimeOffset(2026, 1, 5, 11, 0, 0, TimeSpan.Zero), first.Start);
    }

    [Fact]
    public void Suggest_KeepsWithinTheirAgencysHours()
    {
        var asha = Person("Asha", Sector.SocialCare, "Europe/London", "08:00-18:00", organisation: "Northfield Council");
        var ben = Person("Ben", Sector.Health, "Europe/London", "08:00-18:00");
        var council = new AgencyHours(" northfield council", Hours("Europe/London", "09:30-12:00", Weekdays));

        var suggestions = Suggest(Monday, 60, [asha, ben], [council]);

        Assert.All(suggestions, s => Assert.Equal((new TimeSpan(9, 30, 0), 2), (s.Start.UtcDateTime.TimeOfDay, s.CanComeCount)));
    }

    [Fact]
    public void Suggest_WhenOnlySomeCanCome_SaysWhyTheOthersCannot()
    {
        var asha = Person("Asha", Sector.SocialCare, "Europe/London", "08:00-18:00", organisation: "Northfield Council");
        var ben = Person("Ben", Sector.Health, "Europe/London", "14:00-18:00");
        var cal = new PersonCard("cal", "Cal", "cal@example.org", Sector.Housing, "", Availability.Empty);
        var council = new AgencyHours("Northfield Council", Hours("Europe/London", "09:00-13:00", Weekdays));

        var best = Suggest(Monday, 60, [asha, ben, cal], [council], count: 1)[0];

        // Asha alone at 09:00 and Ben alone at 14:00 tie on sectors and people; the earlier wins.
        Assert.Equal(Monday.AddHours(9), best.Start);
        Assert.Equal([("Ben", CannotComeReason.OutsideTheirHours), ("Cal", CannotComeReason.HoursNotGiven)],
            best.CannotCome.Select(c => (c.Person.Name, c.Reason)));
        var later = Suggest(Monday.AddHours(13), 60, [asha, ben, cal], [council], count: 1)[0];
        Assert.Equal(CannotComeReason.OutsideAgencyHours, Assert.Single(later.CannotCome, c => c.Person.Name == "Asha").Reason);
    }

    [Fact]
    public void Suggest_WindowsThatMeetAtMidnight_JoinUp()
    {
        var nightShift = new PersonCard("nia", "Nia", "nia@example.org", Sector.Health, "", new Availability("Europe/London",
            [new AvailabilityWindow(DayOfWeek.Monday, 22 * 60, 24 * 60), new AvailabilityWindow(DayOfWeek.Tuesday, 0, 2 * 60)]));

        var suggestions = Suggest(Monday, 180, [nightShift]);

        Assert.Equal(Monday.AddHours(22), Assert.Single(suggestions).Start);
    }

    [Fact]
    public void Suggest_WhenNobodyIsFree_SuggestsNothing()
    {
        var cal = new PersonCard("cal", "Cal", "cal@example.org", Sector.Housing, "", Availability.Empty);
        var shortDay = Person("Asha", Sector.Health, "Europe/London", "09:00-09:30");

        Assert.Empty(Suggest(Monday, 60, [cal, shortDay]));
        Assert.Empty(Suggest(Monday, 60, []));
    }

    [Fact]
    public void Suggest_WhenFewDaysWork_FillsInWithOtherTimesThatDoNotOverlap()
    {
        var people = new[] { Person("Asha", Sector.Health, "Europe/London", "09:00-17:00", [DayOfWeek.Wednesday]) };

        var suggestions = Suggest(Monday, 120, people, count: 4);

        Assert.Equal([9, 11, 13, 15], suggestions.Select(s => s.Start.Hour));
        Assert.All(suggestions, s => Assert.Equal(DayOfWeek.Wednesday, s.Start.DayOfWeek));
    }
}
