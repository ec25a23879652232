using Convening.Contracts.Cycles;
using Convening.Contracts.Groups;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Cycles;

[Collection(ClusterCollection.Name)]
public sealed class CycleAccessTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Outsider_SeesOnlyTheQuestionAndGroup()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);

        await Refused.With("group.members-only", () => cycle.Get(team.Outsider.Id));
        await Refused.With("auth.required", () => cycle.Get(null));

        var summary = await cycle.GetSummary();
        Assert.Equal(GivenCycle.Question, summary.Question);
        Assert.Equal(team.GroupId, summary.GroupId);
    }

    [Fact]
    public async Task Observer_ReadsTheCycle_ButCannotChangeIt()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);
        var id = team.Observer.Id;

        var view = await cycle.Get(id);
        Assert.False(view.CanEdit);
        Assert.Equal(GroupRole.Observer, view.MyRole);

        await Refused.With("group.observer-read-only", () => cycle.Update(new UpdateCycle("Changed?", "", ""), id));
        await Refused.With("group.observer-read-only", () => cycle.AddExperiment(new ExperimentPlan("Named worker", "", "", "", null, null), id));
        await Refused.With("group.observer-read-only", () => cycle.AddMeasure(new NewMeasure("Hand-offs", "", false, ""), id));
        await Refused.With("group.observer-read-only", () => cycle.LogDemand(new LogDemand(new DateOnly(2025, 1, 6), "Chasing my referral", DemandKind.Failure), id));
        await Refused.With("group.observer-read-only", () => cycle.RecordStageOutput(CycleStage.Understand, "Notes", id));

        var after = await cycle.Get(team.Member.Id);
        Assert.Equal(GivenCycle.Question, after.Summary.Question);
        Assert.Empty(after.Experiments);
        Assert.Empty(after.Measures);
        Assert.Empty(after.Demand);
    }

    [Fact]
    public async Task Start_ByObserverOutsiderOrAnonymous_IsRejected_AndListsNothing()
    {
        var team = await _grains.Team();
        StartCycle Command() => new(team.GroupId, "Who may start?", "", "");
        ILearningCycleGrain Fresh() => _grains.GetGrain<ILearningCycleGrain>(Guid.NewGuid().ToString("N"));

        await Refused.With("group.observer-read-only", () => Fresh().Start(Command(), team.Observer.Id));
        await Refused.With("group.members-only", () => Fresh().Start(Command(), team.Outsider.Id));
        await Refused.With("auth.required", () => Fresh().Start(Command(), null));
        await Refused.With("group.not-found", () => Fresh().Start(Command() with { GroupId = Guid.NewGuid().ToString("N") }, team.Member.Id));
        await Refused.With("question.empty", () => Fresh().Start(Command() with { Question = "  " }, team.Member.Id));
        await Refused.With("cycle.bad-id", () => _grains.GetGrain<ILearningCycleGrain>("not-a-guid").Start(Command(), team.Member.Id));

        var listed = await _grains.GetGrain<ICycleIndexGrain>(ICycleIndexGrain.ForGroup(team.GroupId)).List(10, null);
        Assert.Equal(0, listed.TotalCount);
    }

    [Fact]
    public async Task Start_Twice_IsAConflict()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);

        await Refused.With("cycle.exists", () => cycle.Start(new StartCycle(team.GroupId, "Again", "", ""), team.Member.Id));

        Assert.Equal(GivenCycle.Question, (await cycle.GetSummary()).Question);
    }

    [Fact]
    public async Task MemberWhoLeavesTheGroup_LosesAccess()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);

        await team.Group.RemoveMember(team.Member.Id, team.Member.Id);

        await Refused.With("group.members-only", () => cycle.Get(team.Member.Id));
        await Refused.With("group.members-only", () => cycle.MoveStage(CycleStage.Plan, team.Member.Id));
    }
}
