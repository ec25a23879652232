using Convening.Contracts.Boards;
using Convening.Contracts.Groups;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Boards;

/// <summary>Clusters of cards, and undoing one's own last change, in the board grain.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterAndUndoGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Clusters_AreNamedFilledRenamedAndRemoved_ByMembers_NotByObservers()
    {
        var (convenor, member, observer, board) = await Arrange();
        var lanes = (await board.Get(member.Id)).Lanes;
        var first = (CardAdded)(await board.Apply(new AddCard(lanes[0].Id, "Long waits"), convenor.Id)).Event;
        var second = (CardAdded)(await board.Apply(new AddCard(lanes[1].Id, "Phone queue"), convenor.Id)).Event;

        var added = (ClusterAdded)(await board.Apply(new AddCluster("  Waiting  "), member.Id)).Event;
        Assert.Equal("Waiting", added.Title);
        await board.Apply(new ClusterCard(first.CardId, added.ClusterId), member.Id);
        await board.Apply(new ClusterCard(second.CardId, added.ClusterId), member.Id);
        await board.Apply(new RenameCluster(added.ClusterId, "Waiting times"), member.Id);

        var view = await board.Get(observer.Id);
        Assert.Equal([new Cluster(added.ClusterId, "Waiting times")], view.Clusters);
        Assert.All(view.Lanes.SelectMany(l => l.Cards), c => Assert.Equal(added.ClusterId, c.ClusterId));
        Assert.Contains("in cluster “Waiting times”", BoardExport.Markdown(view));
        Assert.EndsWith(",Waiting times", BoardExport.Csv(view).Split("\r\n")[1]);

        await Refused.With("group.observer-read-only", () => board.Apply(new AddCluster("Mine"), observer.Id));
        await Refused.With("group.observer-read-only", () => board.Apply(new ClusterCard(first.CardId, null), observer.Id));
        await Refused.With("board.cluster-not-found", () => board.Apply(new ClusterCard(first.CardId, "no-such-cluster"), member.Id));
        await Refused.With("cluster-title.too-long", () => board.Apply(new AddCluster(new string('x', BoardLimits.ClusterTitle + 1)), member.Id));
        await Refused.With("cluster-title.empty", () => board.Apply(new RenameCluster(added.ClusterId, " "), member.Id));

        await board.Apply(new RemoveCluster(added.ClusterId), member.Id);
        view = await board.Get(member.Id);
        Assert.Empty(view.Clusters);
        Assert.All(view.Lanes.SelectMany(l => l.Cards), c => Assert.Null(c.ClusterId));
        Assert.Equal(2, view.Lanes.Sum(l => l.Cards.Count));
        await Refused.With("board.cluster-not-found", () => board.Apply(new RemoveCluster(added.ClusterId), member.Id));
    }

    [Fact]
    public async Task Undo_ReversesOnesOwnLastAddEditMoveClusterAndDelete_AsNewChanges()
    {
        var (_, member, _, board) = await Arrange();
        var lanes = (await board.Get(member.Id)).Lanes;
        var cluster = (ClusterAdded)(await board.Apply(new AddCluster("Waiting"), member.Id)).Event;
        var other = (CardAdded)(await board.Apply(new AddCard(lanes[0].Id, "first"), member.Id)).Event;
        var card = (CardAdded)(await board.Apply(new AddCard(lanes[0].Id, "second"), member.Id)).Event;

        await board.Apply(new EditCard(card.CardId, "second, edited", "blue"), member.Id);
        var undone = await board.Apply(new Undo(), member.Id);
        Assert.Equal(new CardEdited(card.CardId, "second", "yellow"), undone.Event);
        Assert.Equal(undone.Version - 1, undone.Undoes);
        await Refused.With("board.nothing-to-undo", () => board.Apply(new Undo(), member.Id));

        await board.Apply(new MoveCard(card.CardId, lanes[1].Id, 0), member.Id);
        await board.Apply(new Undo(), member.Id);
        Assert.Equal(["first", "second"], Texts(await board.Get(member.Id), 0));

        await board.Apply(new MoveCard(card.CardId, lanes[0].Id, 0), member.Id);
        await board.Apply(new Undo(), member.Id);
        Assert.Equal(["first", "second"], Texts(await board.Get(member.Id), 0));

        await board.Apply(new ClusterCard(card.CardId, cluster.ClusterId), member.Id);
        await board.Apply(new Undo(), member.Id);
        Assert.Null(Find(await board.Get(member.Id), card.CardId)!.ClusterId);

        await board.Apply(new DeleteCard(card.CardId), member.Id);
        await board.Apply(new Undo(), member.Id);
        Assert.Equal("second", Find(await board.Get(member.Id), card.CardId)!.Text);

        var third = (CardAdded)(await board.Apply(new AddCard(lanes[2].Id, "third"), member.Id)).Event;
        Assert.IsType<CardDeleted>((await board.Apply(new Undo(), member.Id)).Event);
        Assert.Null(Find(await board.Get(member.Id), third.CardId));
        Assert.NotNull(Find(await board.Get(member.Id), other.CardId));
    }

    [Fact]
    public async Task Undo_AfterSomeoneElseChangedTheCard_IsRefused_AndChangesNothing()
    {
        var (convenor, member, observer, board) = await Arrange();
        var lanes = (await board.Get(member.Id)).Lanes;
        var card = (CardAdded)(await board.Apply(new AddCard(lanes[0].Id, "mine"), member.Id)).Event;
        await board.Apply(new EditCard(card.CardId, "mine, better"), member.Id);
        await board.Apply(new MoveCard(card.CardId, lanes[1].Id, 0), convenor.Id);

        await Refused.With("board.undo-conflict", () => board.Apply(new Undo(), member.Id));
        var after = Find(await board.Get(member.Id), card.CardId)!;
        Assert.Equal("mine, better", after.Text);
        Assert.Equal(lanes[1].Id, (await board.Get(member.Id)).Lanes.Single(l => l.Cards.Any(c => c.Id == card.CardId)).Id);

        // Someone else's undo undoes their change, not this person's; an observer has nothing to undo.
        await board.Apply(new Undo(), convenor.Id);
        Assert.Equal(lanes[0].Id, (await board.Get(member.Id)).Lanes.Single(l => l.Cards.Any(c => c.Id == card.CardId)).Id);
        await Refused.With("group.observer-read-only", () => board.Apply(new Undo(), observer.Id));

        // A deleted card someone else brought back is not deleted again by the deleter's undo.
        await board.Apply(new DeleteCard(card.CardId), member.Id);
        await board.Apply(new RestoreCard(card.CardId), convenor.Id);
        await Refused.With("board.undo-conflict", () => board.Apply(new Undo(), member.Id));
        Assert.NotNull(Find(await board.Get(member.Id), card.CardId));

        // The lock holds for undo as for anything else.
        await board.Apply(new EditCard(card.CardId, "last words"), member.Id);
        await board.Apply(new SetLocked(true), convenor.Id);
        await Refused.With("board.locked", () => board.Apply(new Undo(), member.Id));
    }

    [Fact]
    public async Task DuringPrivateWriting_ClusteringAPrivateCard_AndWherePeopleWork_AreHiddenFromOthers()
    {
        var (convenor, member, _, board) = await Arrange();
        var lanes = (await board.Get(member.Id)).Lanes;
        var cluster = (ClusterAdded)(await board.Apply(new AddCluster("Waiting"), convenor.Id)).Event;
        await board.SetPresence(member.Id, true);
        await board.SetPresence(convenor.Id, true);
        await board.SetWorking(member.Id, new BoardWhere(lanes[1].Id, null, "writing"));
        Assert.Equal(lanes[1].Id, (await board.Get(convenor.Id)).Present.Single(p => p.Id == member.Id).LaneId);

        var started = await board.Apply(new StartPrivateWriting(), convenor.Id);
        Assert.Null((await board.Get(convenor.Id)).Present.Single(p => p.Id == member.Id).LaneId);
        var card = (CardAdded)(await board.Apply(new AddCard(lanes[1].Id, "secret"), member.Id)).Event;
        await board.SetWorking(member.Id, new BoardWhere(lanes[1].Id, card.CardId, "editing"));
        var seen = (await board.Get(convenor.Id)).Present.Single(p => p.Id == member.Id);
        Assert.Equal((null, null, null), (seen.LaneId, seen.CardId, seen.Activity));

        await Refused.With("board.card-not-found", () => board.Apply(new ClusterCard(card.CardId, cluster.ClusterId), convenor.Id));
        var clustered = await board.Apply(new ClusterCard(card.CardId, cluster.ClusterId), member.Id);
        var toOthers = (await board.ChangesSince(started.Version, convenor.Id)).Single(c => c.Version == clustered.Version);
        Assert.IsType<PrivateWork>(toOthers.Event);
        Assert.DoesNotContain(member.Name, toOthers.Actor.Name);

        await board.Apply(new RevealCards(Anonymous: true), convenor.Id);
        Assert.Equal(cluster.ClusterId, Find(await board.Get(convenor.Id), card.CardId)!.ClusterId);
        await board.SetPresence(member.Id, false);
        await board.SetPresence(convenor.Id, false);
    }

    private static IEnumerable<string> Texts(BoardView view, int lane) => view.Lanes[lane].Cards.Select(c => c.Text);

    private static Card? Find(BoardView view, string cardId) => view.Lanes.SelectMany(l => l.Cards).FirstOrDefault(c => c.Id == cardId);

    private async Task<(TestPerson Convenor, TestPerson Member, TestPerson Observer, IBoardGrain Board)> Arrange()
    {
        var convenor = await _grains.Person("Facilitator");
        var member = await _grains.Person("Member");
        var observer = await _grains.Person("Observer");
        var group = await _grains.Group(convenor);
        await group.Join(convenor, member, GroupRole.Member);
        await group.Join(convenor, observer, GroupRole.Observer);
        var board = _grains.GetGrain<IBoardGrain>(Given.Unique("board"));
        await board.Open(new OpenBoard(group.GetPrimaryKeyString(), "Clusters and undo"), convenor.Id);
        return (convenor, member, observer, board);
    }
}
