using Convening.Contracts.Cycles;
using Convening.Contracts.Groups;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Cycles;

[Collection(ClusterCollection.Name)]
public sealed class LinkTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Feeds_ShowsOnBothCycles_AsFeedsAndFedBy()
    {
        var (team, neighbourhood, placeWide) = await TwoGroupsInOnePlace();

        await neighbourhood.Link(placeWide.GetPrimaryKeyString(), CycleRelation.Feeds, team.Member.Id);

        var from = Assert.Single((await neighbourhood.Get(team.Member.Id)).Links);
        Assert.Equal((placeWide.GetPrimaryKeyString(), CycleRelation.Feeds, "Ben"), (from.OtherId, from.Relation, from.LinkedBy.Name));
        var to = Assert.Single((await placeWide.Get(team.Convenor.Id)).Links);
        Assert.Equal((neighbourhood.GetPrimaryKeyString(), CycleRelation.FedBy), (to.OtherId, to.Relation));
    }

    [Fact]
    public async Task Unlink_RemovesTheLinkFromBothCycles()
    {
        var (team, neighbourhood, placeWide) = await TwoGroupsInOnePlace();
        await neighbourhood.Link(placeWide.GetPrimaryKeyString(), CycleRelation.Sibling, team.Member.Id);

        await placeWide.Unlink(neighbourhood.GetPrimaryKeyString(), team.Convenor.Id);

        Assert.Empty((await neighbourhood.Get(team.Member.Id)).Links);
        Assert.Empty((await placeWide.Get(team.Convenor.Id)).Links);
        await Refused.With("cycle.link-not-found", () => neighbourhood.Unlink(placeWide.GetPrimaryKeyString(), team.Member.Id));
    }

    [Fact]
    public async Task BadLinks_AreRejected_AndNothingIsLinked()
    {
        var (team, neighbourhood, placeWide) = await TwoGroupsInOnePlace();
        var sameGroup = await _grains.Cycle(team, team.Member, "Another question in the same group");
        var far = await _grains.Team();
        var elsewhere = await _grains.Cycle(far, far.Member);
        var id = team.Member.Id;

        await Refused.With("cycle.link-self", () => neighbourhood.Link(neighbourhood.GetPrimaryKeyString(), CycleRelation.Sibling, id));
        await Refused.With("cycle.sibling-same-group", () => neighbourhood.Link(sameGroup.GetPrimaryKeyString(), CycleRelation.Sibling, id));
        await Refused.With("cycle.link-other-place", () => neighbourhood.Link(elsewhere.GetPrimaryKeyString(), CycleRelation.Feeds, id));
        await Refused.With("cycle.not-found", () => neighbourhood.Link(Guid.NewGuid().ToString("N"), CycleRelation.Feeds, id));
        await Refused.With("cycle.observer-read-only", () => neighbourhood.Link(placeWide.GetPrimaryKeyString(), CycleRelation.Feeds, team.Observer.Id));

        Assert.Empty((await neighbourhood.Get(id)).Links);
        Assert.Empty((await placeWide.Get(team.Convenor.Id)).Links);
    }

    [Fact]
    public async Task LinkingTheSamePairAgain_FromEitherSide_IsAConflict()
    {
        var (team, neighbourhood, placeWide) = await TwoGroupsInOnePlace();
        await neighbourhood.Link(placeWide.GetPrimaryKeyString(), CycleRelation.Feeds, team.Member.Id);

        await Refused.With("cycle.already-linked", () => neighbourhood.Link(placeWide.GetPrimaryKeyString(), CycleRelation.Sibling, team.Member.Id));
        await Refused.With("cycle.already-linked", () => placeWide.Link(neighbourhood.GetPrimaryKeyString(), CycleRelation.FedBy, team.Convenor.Id));

        Assert.Single((await placeWide.Get(team.Convenor.Id)).Links);
    }

    /// <summary>A neighbourhood cycle (Ben is its steward) and a place-wide cycle in another group in the same place.</summary>
    private async Task<(Team Team, ILearningCycleGrain Neighbourhood, ILearningCycleGrain PlaceWide)> TwoGroupsInOnePlace()
    {
        var team = await _grains.Team();
        var place = (await team.Group.GetSummary()).PlaceSlug;
        var wider = _grains.GetGrain<IGroupGrain>(Guid.NewGuid().ToString("N"));
        await wider.Convene(new ConveneGroup(place, "Place leadership", ""), team.Convenor.Id);
        var placeWide = _grains.GetGrain<ILearningCycleGrain>(Guid.NewGuid().ToString("N"));
        await placeWide.Start(new StartCycle(wider.GetPrimaryKeyString(), "How do we make support follow the person?", "", ""), team.Convenor.Id);
        return (team, await _grains.Cycle(team, team.Member), placeWide);
    }
}
