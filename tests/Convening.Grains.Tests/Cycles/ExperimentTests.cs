using Convening.Contracts.Cycles;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Cycles;

[Collection(ClusterCollection.Name)]
public sealed class ExperimentTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    private static readonly ExperimentPlan Plan = new(
        "  One named worker per young person  ", "They told us they repeat their story", "Fewer hand-offs within 6 weeks",
        "Youth team", new DateOnly(2025, 2, 3), new DateOnly(2025, 3, 14));

    [Fact]
    public async Task Experiment_IsPlanned_ThenItsOutcomeRecorded()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);

        var added = await cycle.AddExperiment(Plan, team.Member.Id);
        await cycle.UpdateExperiment(added.Id, Plan with { Who = "Youth team and housing" }, team.Convenor.Id);
        await cycle.RecordOutcome(added.Id, new ExperimentOutcome("Hand-offs fell from 4 to 2", "Trust matters more than process", Confidence.Medium), team.Member.Id);

        var experiment = Assert.Single((await cycle.Get(team.Observer.Id)).Experiments);
        Assert.Equal("One named worker per young person", experiment.Plan.Change);
        Assert.Equal("Youth team and housing", experiment.Plan.Who);
        Assert.Equal(new DateOnly(2025, 2, 3), experiment.Plan.StartsOn);
        Assert.Equal(Confidence.Medium, experiment.Outcome!.Confidence);
        Assert.Equal("Trust matters more than process", experiment.Outcome.WhatWeLearnt);
        Assert.Equal("Ben", experiment.AddedBy.Name);
    }

    [Fact]
    public async Task BadExperiments_AreRejected_AndNothingIsSaved()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);
        var id = team.Member.Id;

        await Refused.With("change.empty", () => cycle.AddExperiment(Plan with { Change = " " }, id));
        await Refused.With("experiment.ends-before-start", () => cycle.AddExperiment(Plan with { EndsOn = new DateOnly(2025, 1, 1) }, id));
        await Refused.With("prediction.too-long", () => cycle.AddExperiment(Plan with { Prediction = new string('p', CycleLimits.ExperimentTextLength + 1) }, id));
        await Refused.With("experiment.not-found", () => cycle.RecordOutcome("nope", new ExperimentOutcome("x", "y", Confidence.Low), id));
        var added = await cycle.AddExperiment(Plan, id);
        await Refused.With("learning.empty", () => cycle.RecordOutcome(added.Id, new ExperimentOutcome("It happened", "", Confidence.High), id));
        await Refused.With("experiment.bad-confidence", () => cycle.RecordOutcome(added.Id, new ExperimentOutcome("It happened", "We learnt", (Confidence)7), id));

        var experiment = Assert.Single((await cycle.Get(id)).Experiments);
        Assert.Null(experiment.Outcome);
    }
}
