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
        await Refused.With("group.observer-read-only", () => neighbourhood.Link(placeWide.GetPrimaryKeyString(), CycleRelation.Feeds, team.Observer.Id));

        Assert.Empty((await neighbourhood.Get(id)).Links);
        Assert.Empty((await placeWide.Get(team.Convenor.Id)).Links);
    }

    [Fact]
    public async Task Link_ToAnotherGroupsCycle_BySomeoneWithoutStandingThere_IsRefused_AndFillsNoSlots()
    {
        var team = await _grains.Team();
        var theirs = await _grains.Cycle(team, team.Member);
        var stranger = await _grains.Team();
        var mine = await _grains.Cycle(stranger, stranger.Member, "A cycle of my own");
        await team.Group.Join(team.Convenor, stranger.Convenor, GroupRole.Observer);

        await Refused.With("group.members-only", () => mine.Link(theirs.GetPrimaryKeyString(), CycleRelation.Sibling, stranger.Member.Id));
        await Refused.With("group.observer-read-only", () => mine.Link(theirs.GetPrimaryKeyString(), CycleRelation.Sibling, stranger.Convenor.Id));

        Assert.Empty((await theirs.Get(team.Member.Id)).Links);
        Assert.Empty((await mine.Get(stranger.Member.Id)).Links);
    }

    [Fact]
    public async Task Start_WithALinkToACycleInAnotherPlace_LinksBothAsSiblings_ButOnlyWithStandingInBoth()
    {
        var here = await _grains.Team();
        var there = await _grains.Team();
        var elsewhere = await _grains.Cycle(there, there.Member);
        await there.Group.Join(there.Convenor, here.Member, GroupRole.Member);

        var refused = _grains.GetGrain<ILearningCycleGrain>(Guid.NewGuid().ToString("N"));
        await Refused.With("group.members-only", () => refused.Start(
            new StartCycle(here.GroupId, "Q", "", "", new CycleLinkRequest(elsewhere.GetPrimaryKeyString(), CycleRelation.Sibling)), here.Convenor.Id));
        await Refused.With("cycle.not-found", () => refused.GetSummary());

        var started = _grains.GetGrain<ILearningCycleGrain>(Guid.NewGuid().ToString("N"));
        var view = await started.Start(new StartCycle(here.GroupId, "How do others do it?", "", "",
            new CycleLinkRequest(elsewhere.GetPrimaryKeyString(), CycleRelation.Sibling)), here.Member.Id);

        Assert.Equal((elsewhere.GetPrimaryKeyString(), CycleRelation.Sibling), (Assert.Single(view.Links).OtherId, view.Links[0].Relation));
        Assert.Equal(started.GetPrimaryKeyString(), Assert.Single((await elsewhere.Get(there.Member.Id)).Links).OtherId);
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
        // A link speaks for both groups, so Ben links from the neighbourhood as a member of both.
        await wider.Join(team.Convenor, team.Member, GroupRole.Member);
        var placeWide = _grains.GetGrain<ILearningCycleGrain>(Guid.NewGuid().ToString("N"));
        await placeWide.Start(new StartCycle(wider.GetPrimaryKeyString(), "How do we make support follow the person?", "", ""), team.Convenor.Id);
        return (team, await _grains.Cycle(team, team.Member), placeWide);
    }
}
