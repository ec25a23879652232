using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Grains.Tests.Support;
using static Convening.Grains.Tests.Gatherings.GivenGathering;

namespace Convening.Grains.Tests.Gatherings;

[Collection(ClusterCollection.Name)]
public sealed class PlanningTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Plan_ByConvenor_MakesADraftTheGroupSees()
    {
        var world = await _grains.World(schedule: false);

        var view = await world.Gathering.Get(world.Member.Id);

        Assert.Equal((GatheringStatus.Draft, null, "Right to Control check-in"), (view.Summary.Status, view.Summary.Start, view.Summary.Details.Title));
        var listed = await Index(world).List(false, 10, null, world.Observer.Id);
        Assert.Equal(view.Id, Assert.Single(listed.Items).Id);
    }

    [Fact]
    public async Task Plan_ByMemberOrOutsider_IsRejected()
    {
        var world = await _grains.World(schedule: false);
        var outsider = await _grains.Person("Mallory");

        await Refused.With("group.not-a-convenor", () => New().Plan(world.GroupId, Details(), world.Member.Id));
        await Refused.With("group.members-only", () => New().Plan(world.GroupId, Details(), outsider.Id));
        await Refused.With("auth.required", () => New().Plan(world.GroupId, Details(), null));

        Assert.Equal(1, (await Index(world).List(false, 10, null, world.Convenor.Id)).TotalCount);
    }

    [Theory]
    [InlineData("title.empty", "", GatheringFormat.InPerson, "Town hall", "", 60, "Europe/London")]
    [InlineData("address.empty", "Check-in", GatheringFormat.Hybrid, " ", "https://meet.example.org/x", 60, "Europe/London")]
    [InlineData("join-url.invalid", "Check-in", GatheringFormat.Online, "", "javascript:alert(1)", 60, "Europe/London")]
    [InlineData("minutes.out-of-range", "Check-in", GatheringFormat.Online, "", "", 5, "Europe/London")]
    [InlineData("minutes.out-of-range", "Check-in", GatheringFormat.Online, "", "", 9 * 60, "Europe/London")]
    [InlineData("time-zone.unknown", "Check-in", GatheringFormat.Online, "", "", 60, "Mars/Olympus_Mons")]
    public async Task Plan_WithBadDetails_IsRejected(string code, string title, GatheringFormat format, string address, string joinUrl, int minutes, string zone)
    {
        var world = await _grains.World(schedule: false);

        await Refused.With(code, () => New().Plan(world.GroupId, new GatheringDetails(title, "", format, address, joinUrl, minutes, zone), world.Convenor.Id));
    }

    [Fact]
    public async Task Schedule_InThePast_IsRejected_AndTheDraftStaysADraft()
    {
        var world = await _grains.World(schedule: false);

        await Refused.With("start.in-the-past", () => world.Gathering.Schedule(DateTimeOffset.UtcNow.AddMinutes(-5), world.Convenor.Id));
        await Refused.With("start.too-far-ahead", () => world.Gathering.Schedule(DateTimeOffset.UtcNow.AddYears(3), world.Convenor.Id));
        await Refused.With("group.not-a-convenor", () => world.Gathering.Schedule(NextWeek(), world.Member.Id));

        Assert.Equal(GatheringStatus.Draft, (await world.Gathering.Get(world.Member.Id)).Summary.Status);
    }

    [Fact]
    public async Task Changes_AfterScheduling_RaiseTheCalendarSequence()
    {
        var world = await _grains.World();
        Assert.Equal(0, (await world.Gathering.Get(world.Member.Id)).Summary.Sequence);

        var moved = await world.Gathering.Schedule(NextWeek().AddDays(1), world.Convenor.Id);
        var renamed = await world.Gathering.UpdateDetails(Details(title: "Trailblazer check-in"), world.Convenor.Id);
        var cancelled = await world.Gathering.Cancel("The room is flooded", world.Convenor.Id);

        Assert.Equal([1, 2, 3], new[] { moved, renamed, cancelled }.Select(v => v.Summary.Sequence));
        Assert.Equal((GatheringStatus.Cancelled, "The room is flooded"), (cancelled.Summary.Status, cancelled.CancelReason));
        await Refused.With("gathering.cancelled", () => world.Gathering.Respond(ResponseAnswer.Yes, "", world.Member.Id));
        await Refused.With("gathering.cancelled", () => world.Gathering.Schedule(NextWeek(), world.Convenor.Id));
        Assert.Equal(3, (await world.Gathering.Get(world.Convenor.Id)).Summary.Sequence);
    }

    [Fact]
    public async Task Get_ByOutsider_IsRejected_SoOnlyMembersSeeDetailsAndNotes()
    {
        var world = await _grains.World();
        await world.Gathering.UpdateNotes("Private: Ben's team is restructuring", 0, world.Member.Id);
        var outsider = await _grains.Person("Mallory");

        await Refused.With("group.members-only", () => world.Gathering.Get(outsider.Id));
        await Refused.With("auth.required", () => world.Gathering.Get(null));
        await Refused.With("group.members-only", () => Index(world).List(false, 10, null, outsider.Id));
        Assert.Empty(await Index(world).ForCalendar(outsider.Id));
    }

    [Fact]
    public async Task Get_OfAGatheringThatDoesNotExist_SaysNotFound()
    {
        var asha = await _grains.Person("Asha");

        await Refused.With("gathering.not-found", () => New().Get(asha.Id));
    }

    private IGatheringGrain New() => _grains.GetGrain<IGatheringGrain>(Guid.NewGuid().ToString("N"));

    private IGroupGatheringsGrain Index(GatheringWorld world) => _grains.GetGrain<IGroupGatheringsGrain>(world.GroupId);
}
