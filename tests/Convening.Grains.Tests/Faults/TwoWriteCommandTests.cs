using Convening.Contracts;
using Convening.Contracts.Boards;
using Convening.Contracts.Cycles;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Convening.Contracts.Principles;
using Convening.Grains.Tests.Cycles;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Faults;

/// <summary>
/// Commands that store their own grain and tell another: when the other grain cannot store its part,
/// what was acknowledged is never lost or made twice (decision 0023).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class TwoWriteCommandTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Convene_WhenThePlaceCannotStoreTheRequest_IsAcknowledged_AndThePlaceCatchesUp()
    {
        var steward = await _grains.Person("Sam");
        var place = await _grains.Place(steward);
        var convenor = await _grains.Person("Asha");
        var group = _grains.GetGrain<IGroupGrain>(Guid.NewGuid().ToString("N"));
        var command = new ConveneGroup(place.Slug, "Housing and health", "") { RequestId = "convene-1" };

        GroupSummary convened;
        using (new RefusedWrites(fixture.DataPath, place.Slug))
            convened = await group.Convene(command, convenor.Id);

        Assert.Equal(GroupStanding.Requested, convened.Standing);
        Assert.Equal(GroupStanding.Requested, (await group.GetSummary()).Standing);
        await Eventually.True(async () => (await _grains.GetGrain<IPlaceGrain>(place.Slug).Requests(steward.Id)).Any(r => r.Group.Id == convened.Id),
            "the place's stewards to see the request once the place can store it");
        var retried = await group.Convene(command, convenor.Id);
        Assert.Equal(convened, retried);
        Assert.Single(await _grains.GetGrain<IPlaceGrain>(place.Slug).Requests(steward.Id), r => r.Group.Id == convened.Id);
    }

    [Fact]
    public async Task Adopt_WhenTheLineageCannotStoreIt_IsAcknowledged_AndTheLineageCatchesUp_AndARetryAdoptsOnce()
    {
        var root = await PublishedPrinciple();
        var adopter = await _grains.Person("Bo");
        var theirs = await _grains.Place(adopter, "Southend");
        var child = _grains.GetGrain<IPrincipleGrain>(Guid.NewGuid().ToString("N"));
        var command = new AdoptPrinciple(root, theirs.Slug, null, null, null) { RequestId = "adopt-1" };

        PrincipleView adopted;
        using (new RefusedWrites(fixture.DataPath, root))
            adopted = await child.Adopt(command, adopter.Id);

        Assert.Equal(PrincipleStatus.Published, adopted.Status);
        await Eventually.True(async () => (await _grains.GetGrain<IPrincipleGrain>(root).Lineage()).Any(n => n.Id == adopted.Id),
            "the lineage to show the adoption once its first principle can store it");
        var retried = await child.Adopt(command, adopter.Id);
        Assert.Equal(adopted.Id, retried.Id);
        Assert.Equal(2, (await _grains.GetGrain<IPrincipleGrain>(root).Lineage()).Count);
        await Refused.With("principle.already-adopted", () => _grains.GetGrain<IPrincipleGrain>(Guid.NewGuid().ToString("N")).Adopt(command with { RequestId = null }, adopter.Id));
    }

    [Fact]
    public async Task Start_WhoseCycleWriteFailedAfterTheBoardOpened_RetriedWithTheSameRequestId_StartsOnceWithItsBoard()
    {
        var team = await _grains.Team();
        var cycleId = Guid.NewGuid().ToString("N");
        var cycle = _grains.GetGrain<ILearningCycleGrain>(cycleId);
        var command = new StartCycle(team.GroupId, GivenCycle.Question, "", "") { RequestId = "start-1" };

        using (new RefusedWrites(fixture.DataPath, cycleId))
            await Assert.ThrowsAnyAsync<Exception>(() => cycle.Start(command, team.Member.Id));
        var started = await cycle.Start(command, team.Member.Id);
        var again = await cycle.Start(command, team.Member.Id);

        Assert.Equal("cycle-" + cycleId, started.BoardId);
        Assert.Equal(started.BoardId, again.BoardId);
        Assert.Equal(team.GroupId, (await _grains.GetGrain<IBoardGrain>(started.BoardId!).Get(team.Member.Id)).GroupId);
        await Refused.With("cycle.exists", () => cycle.Start(command with { RequestId = null }, team.Member.Id));
    }

    [Fact]
    public async Task Start_WhenTheGroupsListOfCyclesCannotStoreIt_IsAcknowledged_AndTheListCatchesUp()
    {
        var team = await _grains.Team();
        var cycle = _grains.GetGrain<ILearningCycleGrain>(Guid.NewGuid().ToString("N"));

        using (new RefusedWrites(fixture.DataPath, ICycleIndexGrain.ForGroup(team.GroupId)))
            await cycle.Start(new StartCycle(team.GroupId, GivenCycle.Question, "", ""), team.Member.Id);

        var index = _grains.GetGrain<ICycleIndexGrain>(ICycleIndexGrain.ForGroup(team.GroupId));
        await Eventually.True(async () => (await index.List(50, null)).Items.Any(c => c.Id == cycle.GetPrimaryKeyString()),
            "the group's list of cycles to show the cycle once it can store it");
    }

    private async Task<string> PublishedPrinciple()
    {
        var steward = await _grains.Person("Ann");
        var place = await _grains.Place(steward, "Essex");
        var id = Guid.NewGuid().ToString("N");
        var principle = _grains.GetGrain<IPrincipleGrain>(id);
        await principle.Draft(new DraftPrinciple(place.Slug, "People lead", "", [], []), steward.Id);
        await principle.Publish(steward.Id);
        return id;
    }
}
