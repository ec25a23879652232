using Convening.Contracts.Boards;
using Convening.Contracts.Groups;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Boards;

[Collection(ClusterCollection.Name)]
public sealed class BoardGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task OpenBoard_HasTheDefaultLanes_AndTheOpenerFacilitates()
    {
        var (convenor, member, _, board) = await Arrange();
        var view = await board.Get(member.Id);
        Assert.Equal(BoardLimits.DefaultLanes, view.Lanes.Select(l => l.Title));
        Assert.Equal(1, view.Version);
        Assert.False(view.CanFacilitate);
        Assert.True((await board.Get(convenor.Id)).CanFacilitate);
    }

    [Fact]
    public async Task OpenBoard_ByObserverOrOutsider_IsRefused()
    {
        var (convenor, _, observer, board) = await Arrange();
        var outsider = await _grains.Person("Outsider");
        var groupId = (await board.Get(convenor.Id)).GroupId;
        await Refused.With("group.observer-read-only", () => _grains.GetGrain<IBoardGrain>(Given.Unique("board")).Open(new OpenBoard(groupId, "Mine"), observer.Id));
        await Refused.With("group.members-only", () => _grains.GetGrain<IBoardGrain>(Given.Unique("board")).Open(new OpenBoard(groupId, "Mine"), outsider.Id));
        await Refused.With("group.members-only", () => board.Get(outsider.Id));
    }

    [Fact]
    public async Task Lanes_CanOnlyBeRemovedWhenEmpty()
    {
        var (convenor, _, _, board) = await Arrange();
        var lane = (await board.Get(convenor.Id)).Lanes[0];
        await board.Apply(new AddCard(lane.Id, "keep me"), convenor.Id);
        await Refused.With("board.lane-not-empty", () => board.Apply(new RemoveLane(lane.Id), convenor.Id));

        var renamed = await board.Apply(new RenameLane(lane.Id, "What we see"), convenor.Id);
        Assert.Equal("What we see", ((LaneRenamed)renamed.Event).Title);
        var empty = (await board.Get(convenor.Id)).Lanes[2];
        await board.Apply(new RemoveLane(empty.Id), convenor.Id);
        Assert.Equal(2, (await board.Get(convenor.Id)).Lanes.Count);
    }

    [Fact]
    public async Task ApplyTemplate_AddsItsLanesToAnOpenBoard_KeepingEveryCard_FacilitatorOnly()
    {
        var (convenor, member, _, board) = await Arrange();
        var first = (await board.Get(member.Id)).Lanes[0];
        await board.Apply(new AddCard(first.Id, "Waits are long"), member.Id);
        await Refused.With("board.facilitator-only", () => board.Apply(new ApplyTemplate(BoardTemplate.Retrospective), member.Id));

        var applied = await board.Apply(new ApplyTemplate(BoardTemplate.Retrospective), convenor.Id);
        var view = await board.Get(member.Id);
        Assert.Equal([.. BoardLimits.DefaultLanes, .. BoardTemplates.Lanes(BoardTemplate.Retrospective)], view.Lanes.Select(l => l.Title));
        Assert.Equal(((TemplateApplied)applied.Event).Lanes.Select(l => l.LaneId), view.Lanes.Skip(3).Select(l => l.Id));
        Assert.Equal("Waits are long", Assert.Single(view.Lanes[0].Cards).Text);
        await Refused.With("board.template-applied", () => board.Apply(new ApplyTemplate(BoardTemplate.Retrospective), convenor.Id));
        // The plan adds four lanes, its "What we'll try" being here already; the understanding's four more would pass the limit.
        await board.Apply(new ApplyTemplate(BoardTemplate.Plan), convenor.Id);
        Assert.Equal(11, (await board.Get(member.Id)).Lanes.Count);
        await Refused.With("board.too-many-lanes", () => board.Apply(new ApplyTemplate(BoardTemplate.Understand), convenor.Id));
        await Refused.With("board.unknown-template", () => board.Apply(new ApplyTemplate((BoardTemplate)99), convenor.Id));
    }

    [Fact]
    public async Task MoveCard_ToALaneJustRemoved_IsRefused_AndTheCardStaysWhereItWas()
    {
        var (convenor, member, _, board) = await Arrange();
        var lanes = (await board.Get(member.Id)).Lanes;
        var added = (CardAdded)(await board.Apply(new AddCard(lanes[0].Id, "Drag me"), member.Id)).Event;
        await board.Apply(new RemoveLane(lanes[2].Id), convenor.Id);

        await Refused.With("board.lane-not-found", () => board.Apply(new MoveCard(added.CardId, lanes[2].Id, 0), member.Id));
        await Refused.With("board.lane-not-found", () => board.Apply(new AddCard(lanes[2].Id, "Written as it went"), member.Id));
        var view = await board.Get(member.Id);
        Assert.Equal(2, view.Lanes.Count);
        Assert.Equal("Drag me", Assert.Single(view.Lanes[0].Cards).Text);
    }

    [Fact]
    public async Task MoveCard_ReordersWithinAndAcrossLanes()
    {
        var (convenor, member, _, board) = await Arrange();
        var lanes = (await board.Get(member.Id)).Lanes;
        foreach (var text in new[] { "a", "b", "c" })
            await board.Apply(new AddCard(lanes[0].Id, text), member.Id);
        var cards = (await board.Get(member.Id)).Lanes[0].Cards;

        await board.Apply(new MoveCard(cards[2].Id, lanes[0].Id, 0), member.Id);
        await board.Apply(new MoveCard(cards[0].Id, lanes[1].Id, 99), convenor.Id);

        var view = await board.Get(member.Id);
        Assert.Equal(["c", "b"], view.Lanes[0].Cards.Select(c => c.Text));
        Assert.Equal(["a"], view.Lanes[1].Cards.Select(c => c.Text));
    }

    [Fact]
    public async Task VoteWithATimer_ClosesByItself_AndRevealsResults()
    {
        var (convenor, member, _, board) = await Arrange();
        var lane = (await board.Get(member.Id)).Lanes[0];
        await board.Apply(new AddCard(lane.Id, "the idea"), member.Id);
        var card = (await board.Get(member.Id)).Lanes[0].Cards[0];
        await board.Apply(new OpenVote(1, Seconds: 1), convenor.Id);
        await board.Apply(new CastVote(card.Id), member.Id);

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await board.Get(member.Id)).Vote?.Open != false && DateTime.UtcNow < deadline)
            await Task.Delay(100);

        var view = await board.Get(member.Id);
        Assert.False(view.Vote?.Open);
        Assert.Equal(1, view.Lanes[0].Cards[0].Votes);
    }

    private async Task<(TestPerson Convenor, TestPerson Member, TestPerson Observer, IBoardGrain Board)> Arrange()
    {
        var convenor = await _grains.Person("Facilitator");
        var member = await _grains.Person("Member");
        var observer = await _grains.Person("Observer");
        var group = await _grains.Group(convenor);
        await group.Join(convenor, member, GroupRole.Member);
        await group.Join(convenor, observer, GroupRole.Observer);
        var board = _grains.GetGrain<IBoardGrain>(Given.Unique("board"));
        await board.Open(new OpenBoard(group.GetPrimaryKeyString(), "Passed between services"), convenor.Id);
        return (convenor, member, observer, board);
    }
}
