using Convening.Contracts.Gatherings;
using Convening.Contracts.People;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Gatherings;

/// <summary>The scheduler fed from the group: members' profiles as the group holds them, and its agency hours.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SuggestTimesTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task SuggestTimes_UsesMembersHoursAbsencesDeputiesAndAgencyHours()
    {
        var world = await _grains.World(schedule: false);
        var allWeek = Enum.GetValues<DayOfWeek>();
        await Profile(world.Convenor, Sector.Housing, "Northfield Council", "Europe/London", 8 * 60, 18 * 60, allWeek);
        await Profile(world.Member, Sector.Health, "", "America/New_York", 9 * 60, 17 * 60, allWeek);
        await Profile(world.Observer, Sector.LivedExperience, "", "Europe/London", 9 * 60, 21 * 60, allWeek);
        await _grains.GetGrain<IGroupGatheringsGrain>(world.GroupId).SetAgencyHours(
            new AgencyHours("Northfield Council", new Availability("Europe/London", [.. allWeek.Select(d => new AvailabilityWindow(d, 9 * 60, 17 * 60))])), world.Convenor.Id);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var member = _grains.GetGrain<IPersonGrain>(world.Member.Id);
        await member.AddAbsence(today, today.AddDays(2), world.Member.Id);
        await member.SetDeputy(new Deputy("Dee Okafor", "07700 900123"), world.Member.Id);

        var suggestions = await world.Gathering.SuggestTimes(2, 5, world.Convenor.Id);

        Assert.NotEmpty(suggestions);
        var best = suggestions[0];
        Assert.Equal(3, best.CanComeCount);
        Assert.True(best.Start.UtcDateTime.Date > today.AddDays(2).ToDateTime(TimeOnly.MinValue), "the best time is after Ben's absence");
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        Assert.All(suggestions.Where(s => s.CanComeCount == 3), s =>
            Assert.InRange(TimeZoneInfo.ConvertTime(s.End, london).TimeOfDay, TimeSpan.FromHours(10.5), TimeSpan.FromHours(17)));
        var withoutBen = suggestions.Concat(await world.Gathering.SuggestTimes(1, 10, world.Convenor.Id))
            .SelectMany(s => s.CannotCome).FirstOrDefault(c => c.Person.Id == world.Member.Id && c.Reason == CannotComeReason.Away);
        Assert.NotNull(withoutBen);
        Assert.Equal("Dee Okafor", withoutBen.Deputy?.Name);
    }

    [Fact]
    public async Task SuggestTimes_ByMember_OrForTooManyWeeks_IsRejected()
    {
        var world = await _grains.World(schedule: false);

        await Refused.With("group.not-a-convenor", () => world.Gathering.SuggestTimes(4, 5, world.Member.Id));
        await Refused.With("weeks.out-of-range", () => world.Gathering.SuggestTimes(GatheringLimits.MaxWeeksToSearch + 1, 5, world.Convenor.Id));
        await Refused.With("count.out-of-range", () => world.Gathering.SuggestTimes(4, 0, world.Convenor.Id));
    }

    private Task Profile(TestPerson person, Sector sector, string organisation, string zone, int from, int to, DayOfWeek[] days) =>
        _grains.GetGrain<IPersonGrain>(person.Id).UpdateProfile(new UpdateProfile(person.Name, sector, organisation,
            new Availability(zone, [.. days.Select(d => new AvailabilityWindow(d, from, to))])), person.Id);
}
