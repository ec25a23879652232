using Convening.Contracts.Boards;
using Convening.Grains.Tests.Support;
using Convening.Testing;

namespace Convening.Grains.Tests.Persistence;

/// <summary>A board is rebuilt from its newest snapshot plus the events after it.</summary>
public sealed class BoardRestartTests
{
    [Fact]
    public async Task Board_AfterRestart_IsRebuiltFromSnapshotAndLaterEvents()
    {
        using var data = new TempDir("board-restart");
        var cluster = await ClusterHost.StartAsync(data.Path);
        TestPerson convenor;
        BoardView before;
        string boardId = Given.Unique("board");
        try
        {
            var grains = cluster.GrainFactory;
            convenor = await grains.Person("Facilitator");
            var group = await grains.Group(convenor);
            var board = grains.GetGrain<IBoardGrain>(boardId);
            var lanes = (await board.Open(new OpenBoard(group.GetPrimaryKeyString(), "Long board"), convenor.Id)).Lanes;
            // 450 changes: snapshots at 200 and 400, then 51 events to replay on top.
            for (var i = 0; i < 300; i++)
                await board.Apply(new AddCard(lanes[i % 3].Id, $"card {i}"), convenor.Id);
            var cards = (await board.Get(convenor.Id)).Lanes[0].Cards;
            for (var i = 0; i < 100; i++)
                await board.Apply(new MoveCard(cards[i].Id, lanes[1].Id, 0), convenor.Id);
            for (var i = 0; i < 49; i++)
                await board.Apply(new AddComment(cards[i].Id, $"comment {i}"), convenor.Id);
            before = await board.Get(convenor.Id);
            Assert.Equal(450, before.Version);
        }
        finally
        {
            await ClusterHost.StopAsync(cluster);
        }

        cluster = await ClusterHost.StartAsync(data.Path);
        try
        {
            var after = await cluster.GrainFactory.GetGrain<IBoardGrain>(boardId).Get(convenor.Id);
            Assert.Equal(450, after.Version);
            Assert.Equal(before.Lanes.Select(l => l.Cards.Select(c => (c.Id, c.Text, c.Comments.Count))),
                after.Lanes.Select(l => l.Cards.Select(c => (c.Id, c.Text, c.Comments.Count))));
            Assert.Equal(200, after.Lanes[1].Cards.Count);
        }
        finally
        {
            await ClusterHost.StopAsync(cluster);
        }
    }
}
