using Convening.Contracts.Boards;
using Convening.Contracts.Groups;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Boards;

/// <summary>Private writing in the board grain: private cards sit apart from the lanes' order until the reveal puts them at the bottom.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PrivateWritingGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task PrivateCards_FollowThePublicOnes_ForTheirAuthorOnly_AndAreRevealedAtTheBottomInOrder()
    {
        var (convenor, member, board) = await Arrange();
        var lane = (await board.Get(member.Id)).Lanes[0].Id;
        await board.Apply(new AddCard(lane, "public one"), convenor.Id);
        await board.Apply(new StartPrivateWriting(), convenor.Id);
        await board.Apply(new AddCard(lane, "member's first"), member.Id);
        await board.Apply(new AddCard(lane, "convenor's own"), convenor.Id);
        await board.Apply(new AddCard(lane, "member's second"), member.Id);
        var publicTwo = (CardAdded)(await board.Apply(new AddCard(lane, "public two"), convenor.Id)).Event;
        Assert.True(publicTwo.Private);

        Assert.Equal(["public one", "member's first", "member's second"], (await board.Get(member.Id)).Lanes[0].Cards.Select(c => c.Text));
        Assert.Equal(2, (await board.Get(member.Id)).HiddenCards);
        Assert.All((await board.Get(member.Id)).Lanes[0].Cards.Skip(1), c => Assert.True(c.Private));

        var revealed = (CardsRevealed)(await board.Apply(new RevealCards(), convenor.Id)).Event;
        Assert.Equal(["member's first", "convenor's own", "member's second", "public two"], revealed.Cards.Select(c => c.Card.Text));
        var after = await board.Get(member.Id);
        Assert.Equal(["public one", "member's first", "convenor's own", "member's second", "public two"], after.Lanes[0].Cards.Select(c => c.Text));
        Assert.False(after.PrivateWriting);
        Assert.Equal(0, after.HiddenCards);
        await Refused.With("board.no-private-writing", () => board.Apply(new RevealCards(), convenor.Id));
    }

    [Fact]
    public async Task AnothersDeletedPrivateCard_CannotBeBroughtBack_NorTheirLaneRemoved()
    {
        var (convenor, member, board) = await Arrange();
        var lanes = (await board.Get(member.Id)).Lanes;
        await board.Apply(new StartPrivateWriting(), convenor.Id);
        var card = (CardAdded)(await board.Apply(new AddCard(lanes[2].Id, "only mine"), member.Id)).Event;
        await Refused.With("board.lane-not-empty", () => board.Apply(new RemoveLane(lanes[2].Id), convenor.Id));
        await board.Apply(new DeleteCard(card.CardId), member.Id);

        await Refused.With("board.nothing-to-restore", () => board.Apply(new RestoreCard(card.CardId), convenor.Id));
        var restored = (CardRestored)(await board.Apply(new RestoreCard(card.CardId), member.Id)).Event;
        Assert.True(restored.Private);
        Assert.DoesNotContain("only mine", (await board.Get(convenor.Id)).Lanes.SelectMany(l => l.Cards).Select(c => c.Text));
    }

    private async Task<(TestPerson Convenor, TestPerson Member, IBoardGrain Board)> Arrange()
    {
        var convenor = await _grains.Person("Facilitator");
        var member = await _grains.Person("Member");
        var group = await _grains.Group(convenor);
        await group.Join(convenor, member, GroupRole.Member);
        var board = _grains.GetGrain<IBoardGrain>(Given.Unique("board"));
        await board.Open(new OpenBoard(group.GetPrimaryKeyString(), "Writing alone first"), convenor.Id);
        return (convenor, member, board);
    }
}
