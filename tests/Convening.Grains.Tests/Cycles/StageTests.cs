using Convening.Contracts.Boards;
using Convening.Contracts.Cycles;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Cycles;

[Collection(ClusterCollection.Name)]
public sealed class StageTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Start_BeginsAtUnderstand_WithTheStarterAsSteward_AndOpensItsBoard()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);

        var view = await cycle.Get(team.Member.Id);

        Assert.Equal(CycleStage.Understand, view.Summary.Stage);
        Assert.Equal(team.Member.Id, view.Steward.Id);
        Assert.Equal([true, false, false, false, false], view.Stages.Select(s => s.Reached));
        Assert.Equal("cycle-" + cycle.GetPrimaryKeyString(), view.BoardId);
        var board = await _grains.GetGrain<IBoardGrain>(view.BoardId!).Get(team.Member.Id);
        Assert.Equal("Board: " + GivenCycle.Question, board.Title);
        Assert.Equal(team.GroupId, board.GroupId);
    }

    [Fact]
    public async Task Start_WithALongQuestion_GivesTheBoardAShortenedTitle()
    {
        var team = await _grains.Team();
        var question = "How " + new string('x', CycleLimits.QuestionLength - 5) + "?";
        var cycle = await _grains.Cycle(team, team.Member, question);

        var view = await cycle.Get(team.Member.Id);

        Assert.Equal(question, view.Summary.Question);
        var title = (await _grains.GetGrain<IBoardGrain>(view.BoardId!).Get(team.Member.Id)).Title;
        Assert.Equal(Contracts.Limits.NameLength, title.Length);
        Assert.StartsWith("Board: How xxx", title);
        Assert.EndsWith("…", title);
    }

    [Fact]
    public async Task MoveStage_ForwardOneAtATime_ReachesShare()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);

        foreach (var stage in new[] { CycleStage.Plan, CycleStage.Try, CycleStage.Reflect, CycleStage.Share })
            Assert.Equal(stage, (await cycle.MoveStage(stage, team.Member.Id)).Summary.Stage);

        var view = await cycle.Get(team.Observer.Id);
        Assert.Equal(CycleStage.Share, view.Summary.Stage);
        Assert.All(view.Stages, s => Assert.True(s.Reached));
    }

    [Fact]
    public async Task MoveStage_SkippingAStage_IsRejected()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);

        await Refused.With("cycle.stage-skip", () => cycle.MoveStage(CycleStage.Try, team.Member.Id));
        await Refused.With("cycle.stage-unchanged", () => cycle.MoveStage(CycleStage.Understand, team.Member.Id));

        Assert.Equal(CycleStage.Understand, await cycle.StageOf());
    }

    [Fact]
    public async Task MoveStage_BackOne_KeepsWhatTheLaterStageProduced()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);
        await cycle.MoveStage(CycleStage.Plan, team.Member.Id);
        await cycle.RecordStageOutput(CycleStage.Plan, "Try a **single named worker**.", team.Convenor.Id);

        var view = await cycle.MoveStage(CycleStage.Understand, team.Member.Id);

        Assert.Equal(CycleStage.Understand, view.Summary.Stage);
        var plan = view.Stages[(int)CycleStage.Plan];
        Assert.True(plan.Reached);
        Assert.Equal("Try a **single named worker**.", plan.Output);
        Assert.Equal("Asha", plan.OutputBy!.Name);
        await Refused.With("cycle.stage-skip", () => cycle.MoveStage(CycleStage.Try, team.Member.Id));
    }

    [Fact]
    public async Task MoveStage_ByAMemberWhoIsNotTheSteward_IsRejected_ButAConvenorMayMoveIt()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Convenor);
        var steward = await _grains.Cycle(team, team.Member);

        await Refused.With("cycle.not-steward", () => cycle.MoveStage(CycleStage.Plan, team.Member.Id));
        await Refused.With("group.observer-read-only", () => cycle.MoveStage(CycleStage.Plan, team.Observer.Id));
        Assert.False((await cycle.Get(team.Member.Id)).CanMoveStage);
        Assert.Equal(CycleStage.Understand, await cycle.StageOf());

        await steward.MoveStage(CycleStage.Plan, team.Convenor.Id);
        Assert.Equal(CycleStage.Plan, await steward.StageOf());
    }

    [Fact]
    public async Task RecordStageOutput_ForAStageNotYetReached_IsRejected()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);

        await Refused.With("cycle.stage-not-reached", () => cycle.RecordStageOutput(CycleStage.Try, "Too soon", team.Member.Id));
        await Refused.With("output.too-long", () => cycle.RecordStageOutput(CycleStage.Understand, new string('x', CycleLimits.StageOutputLength + 1), team.Member.Id));

        Assert.All((await cycle.Get(team.Member.Id)).Stages, s => Assert.Equal("", s.Output));
    }
}
