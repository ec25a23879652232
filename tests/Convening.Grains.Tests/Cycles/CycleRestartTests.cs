using Convening.Contracts.Cycles;
using Convening.Grains.Tests.Support;
using Convening.Testing;

namespace Convening.Grains.Tests.Cycles;

/// <summary>Not in the shared collection: it stops its own cluster and starts another on the same file.</summary>
public sealed class CycleRestartTests
{
    [Fact]
    public async Task CycleMeasuresAndDemand_SurviveAFullClusterRestart()
    {
        using var data = new TempDir("cycle-restart");
        var cluster = await ClusterHost.StartAsync(data.Path);
        Team team;
        string cycleId, measureId;
        try
        {
            var grains = cluster.GrainFactory;
            team = await grains.Team();
            var cycle = await grains.Cycle(team, team.Member);
            cycleId = cycle.GetPrimaryKeyString();
            await cycle.MoveStage(CycleStage.Plan, team.Member.Id);
            await cycle.RecordStageOutput(CycleStage.Understand, "Young people repeat their story", team.Member.Id);
            await cycle.AddExperiment(new ExperimentPlan("Named worker", "", "", "", null, null), team.Member.Id);
            measureId = (await cycle.AddMeasure(new NewMeasure("Hand-offs", "", false, ""), team.Member.Id)).Id;
            await cycle.ImportCsv(measureId, "2025-01-06,4\n2025-01-13,3\n", team.Member.Id);
            await cycle.LogDemand(new LogDemand(new DateOnly(2025, 1, 6), "Who is my worker?", DemandKind.Failure), team.Member.Id);
        }
        finally
        {
            await ClusterHost.StopAsync(cluster);
        }

        cluster = await ClusterHost.StartAsync(data.Path);
        try
        {
            var view = await cluster.GrainFactory.GetGrain<ILearningCycleGrain>(cycleId).Get(team.Observer.Id);
            Assert.Equal(CycleStage.Plan, view.Summary.Stage);
            Assert.Equal("Young people repeat their story", view.Stages[0].Output);
            Assert.Equal("Named worker", Assert.Single(view.Experiments).Plan.Change);
            Assert.Equal([4.0, 3.0], view.Measures.Single(m => m.Id == measureId).Points.Select(p => p.Value));
            Assert.Equal("Who is my worker?", Assert.Single(view.Demand).Words);
            Assert.Equal(100, view.Measures.Single(m => m.Derived).Points.Single().Value);
            var listed = await cluster.GrainFactory.GetGrain<ICycleIndexGrain>(ICycleIndexGrain.ForGroup(team.GroupId)).List(10, null);
            Assert.Equal(CycleStage.Plan, Assert.Single(listed.Items).Stage);
        }
        finally
        {
            await ClusterHost.StopAsync(cluster);
        }
    }
}
