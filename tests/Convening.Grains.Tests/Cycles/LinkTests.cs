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
    public async Task Link_ToAnotherGroupsCycle_BySomeoneWithoutStandingThere_IsARequest_AndFillsNoLinkSlots()
    {
        var team = await _grains.Team();
        var theirs = await _grains.Cycle(team, team.Member);
        var stranger = await _grains.Team();
        var mine = await _grains.Cycle(stranger, stranger.Member, "A cycle of my own");
        var another = await _grains.Cycle(stranger, stranger.Convenor, "Another cycle of ours");
        await team.Group.Join(team.Convenor, stranger.Convenor, GroupRole.Observer);

        var asked = Assert.Single((await mine.Link(theirs.GetPrimaryKeyString(), CycleRelation.Sibling, stranger.Member.Id)).PendingLinks);
        // One request per group waits with any one cycle, and an observer there has no more standing than a stranger.
        await Refused.With("cycle.link-already-requested", () => another.Link(theirs.GetPrimaryKeyString(), CycleRelation.Sibling, stranger.Convenor.Id));

        Assert.Equal((theirs.GetPrimaryKeyString(), false), (asked.OtherId, asked.Incoming));
        var waiting = Assert.Single((await theirs.Get(team.Member.Id)).PendingLinks);
        Assert.Equal((mine.GetPrimaryKeyString(), true, "Ben"), (waiting.OtherId, waiting.Incoming, waiting.RequestedBy.Name));
        Assert.Empty((await theirs.Get(team.Member.Id)).Links);
        Assert.Empty((await mine.Get(stranger.Member.Id)).Links);
    }

    [Fact]
    public async Task AcceptedRequest_LinksBothCycles_DeclinedOrWithdrawnLeavesNothing()
    {
        var team = await _grains.Team();
        var theirs = await _grains.Cycle(team, team.Convenor);
        var stranger = await _grains.Team();
        var mine = await _grains.Cycle(stranger, stranger.Member, "A cycle of my own");
        var id = theirs.GetPrimaryKeyString();

        await mine.Link(id, CycleRelation.Sibling, stranger.Member.Id);
        await Refused.With("cycle.not-steward", () => theirs.AcceptLink(mine.GetPrimaryKeyString(), team.Member.Id));
        await Refused.With("group.members-only", () => theirs.AcceptLink(mine.GetPrimaryKeyString(), stranger.Member.Id));
        await theirs.DeclineLink(mine.GetPrimaryKeyString(), team.Convenor.Id);
        Assert.Empty((await mine.Get(stranger.Member.Id)).PendingLinks);
        Assert.Empty((await theirs.Get(team.Convenor.Id)).PendingLinks);

        await mine.Link(id, CycleRelation.Sibling, stranger.Member.Id);
        await mine.Unlink(id, stranger.Member.Id);
        Assert.Empty((await theirs.Get(team.Convenor.Id)).PendingLinks);
        await Refused.With("cycle.link-request-not-found", () => theirs.AcceptLink(mine.GetPrimaryKeyString(), team.Convenor.Id));

        await mine.Link(id, CycleRelation.Sibling, stranger.Member.Id);
        var accepted = await theirs.AcceptLink(mine.GetPrimaryKeyString(), team.Convenor.Id);

        Assert.Empty(accepted.PendingLinks);
        Assert.Equal((mine.GetPrimaryKeyString(), "Ben"), (Assert.Single(accepted.Links).OtherId, accepted.Links[0].LinkedBy.Name));
        var view = await mine.Get(stranger.Member.Id);
        Assert.Empty(view.PendingLinks);
        Assert.Equal(id, Assert.Single(view.Links).OtherId);
    }

    [Fact]
    public async Task Start_WithALinkToACycleInAnotherPlace_LinksBothAsSiblings_OrAsksWithoutStandingThere()
    {
        var here = await _grains.Team();
        var there = await _grains.Team();
        var elsewhere = await _grains.Cycle(there, there.Member);
        await there.Group.Join(there.Convenor, here.Member, GroupRole.Member);

        // Without standing there, the link waits for the other group's answer.
        var asking = await _grains.GetGrain<ILearningCycleGrain>(Guid.NewGuid().ToString("N")).Start(
            new StartCycle(here.GroupId, "Q", "", "", new CycleLinkRequest(elsewhere.GetPrimaryKeyString(), CycleRelation.Sibling)), here.Convenor.Id);
        Assert.Empty(asking.Links);
        Assert.Equal(elsewhere.GetPrimaryKeyString(), Assert.Single(asking.PendingLinks).OtherId);

        var started = _grains.GetGrain<ILearningCycleGrain>(Guid.NewGuid().ToString("N"));
        var view = await started.Start(new StartCycle(here.GroupId, "How do others do it?", "", "",
            new CycleLinkRequest(elsewhere.GetPrimaryKeyString(), CycleRelation.Sibling)), here.Member.Id);

        Assert.Equal((elsewhere.GetPrimaryKeyString(), CycleRelation.Sibling), (Assert.Single(view.Links).OtherId, view.Links[0].Relation));
        Assert.Equal(started.GetPrimaryKeyString(), Assert.Single((await elsewhere.Get(there.Member.Id)).Links).OtherId);
        Assert.Equal(asking.Summary.Id, Assert.Single((await elsewhere.Get(there.Member.Id)).PendingLinks).OtherId);
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
