using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Grains.Tests.Support;
using Convening.Testing;

namespace Convening.Grains.Tests.Gatherings;

/// <summary>Not in the shared collection: it stops its own cluster and starts another on the same file.</summary>
public sealed class GatheringRestartTests
{
    [Fact]
    public async Task Gathering_ItsActionsAndAbsences_SurviveAFullClusterRestart()
    {
        using var data = new TempDir("gathering-restart");
        var cluster = await ClusterHost.StartAsync(data.Path);
        GatheringWorld world;
        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10));
        try
        {
            world = await cluster.GrainFactory.World();
            await world.Gathering.UpdateNotes("- one assessment, not three", 0, world.Member.Id);
            await world.Gathering.AddAction(new ActionInput("Write to the ILF", world.Member.Id, due), world.Convenor.Id);
            await world.Gathering.Respond(ResponseAnswer.Maybe, "If cover is found", world.Member.Id);
            await cluster.GrainFactory.GetGrain<IPersonGrain>(world.Member.Id).AddAbsence(due, due.AddDays(1), world.Member.Id);
        }
        finally
        {
            await ClusterHost.StopAsync(cluster);
        }

        cluster = await ClusterHost.StartAsync(data.Path);
        try
        {
            var grains = cluster.GrainFactory;
            var view = await grains.GetGrain<IGatheringGrain>(world.Gathering.GetPrimaryKeyString()).Get(world.Member.Id);
            Assert.Equal(("- one assessment, not three", 1), (view.Notes.Markdown, view.Notes.Version));
            Assert.Equal(("Write to the ILF", due), (view.Actions[0].Text, view.Actions[0].Due));
            Assert.Equal(ResponseAnswer.Maybe, view.ResponseOf(world.Member.Id)!.Answer);
            Assert.Equal(due, Assert.Single(await grains.GetGrain<IPersonActionsGrain>(world.Member.Id).List(world.Member.Id)).Due);
            Assert.Equal(view.Id, Assert.Single((await grains.GetGrain<IGroupGatheringsGrain>(world.GroupId).List(false, 5, null, world.Member.Id)).Items).Id);
            Assert.Equal(due, Assert.Single((await grains.GetGrain<IPersonGrain>(world.Member.Id).Get(world.Member.Id)).Card.Absences).From);
            // The group keeps its own copy of each card; the absence must come back in that copy too.
            var card = (await grains.GetGrain<IGroupGrain>(world.GroupId).GetDetails(world.Convenor.Id)).Members.Single(m => m.Person.Id == world.Member.Id).Person;
            Assert.Equal(due, Assert.Single(card.Absences).From);
        }
        finally
        {
            await ClusterHost.StopAsync(cluster);
        }
    }
}
