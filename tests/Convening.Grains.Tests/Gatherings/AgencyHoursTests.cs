using Convening.Contracts.Gatherings;
using Convening.Contracts.People;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Gatherings;

[Collection(ClusterCollection.Name)]
public sealed class AgencyHoursTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    private static Availability NineToFive(int from = 9 * 60) =>
        new("Europe/London", [new AvailabilityWindow(DayOfWeek.Monday, from, 17 * 60), new AvailabilityWindow(DayOfWeek.Tuesday, from, 17 * 60)]);

    [Fact]
    public async Task AgencyHours_SetAgain_ReplaceTheAgencysOldHours()
    {
        var world = await _grains.World(schedule: false);
        var index = _grains.GetGrain<IGroupGatheringsGrain>(world.GroupId);

        await index.SetAgencyHours(new AgencyHours("Jobcentre Plus", NineToFive()), world.Member.Id);
        await index.SetAgencyHours(new AgencyHours("Essex County Council", NineToFive()), world.Member.Id);
        var hours = await index.SetAgencyHours(new AgencyHours("jobcentre plus", NineToFive(8 * 60 + 30)), world.Convenor.Id);

        Assert.Equal([("Essex County Council", 540), ("jobcentre plus", 510)], hours.Select(h => (h.Organisation, h.Hours.Windows[0].FromMinute)));
        Assert.Equal(["Essex County Council"], (await index.RemoveAgencyHours("JOBCENTRE PLUS", world.Member.Id)).Select(h => h.Organisation));
    }

    [Fact]
    public async Task AgencyHours_ThatOverlapOrComeFromAnObserver_AreRejected()
    {
        var world = await _grains.World(schedule: false);
        var index = _grains.GetGrain<IGroupGatheringsGrain>(world.GroupId);
        var overlapping = new Availability("Europe/London", [new AvailabilityWindow(DayOfWeek.Monday, 540, 720), new AvailabilityWindow(DayOfWeek.Monday, 700, 900)]);

        await Refused.With("availability.overlapping", () => index.SetAgencyHours(new AgencyHours("Council", overlapping), world.Member.Id));
        await Refused.With("availability.empty", () => index.SetAgencyHours(new AgencyHours("Council", new Availability("Europe/London", [])), world.Member.Id));
        await Refused.With("organisation.empty", () => index.SetAgencyHours(new AgencyHours(" ", NineToFive()), world.Member.Id));
        await Refused.With("group.observer-read-only", () => index.SetAgencyHours(new AgencyHours("Council", NineToFive()), world.Observer.Id));

        Assert.Empty(await index.GetAgencyHours(world.Observer.Id));
    }
}
