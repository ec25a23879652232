using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Cycles;

/// <summary>Correcting and removing data, recalculating limits, and the history that records who did it and why.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CorrectionTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;
    private static readonly DateOnly Monday = new(2025, 1, 6);
    private static DateOnly Tomorrow => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);

    [Fact]
    public async Task CorrectingAPoint_ChangesIt_AndRecordsWhoAndWhy()
    {
        var (team, cycle, measure) = await CycleWithMeasure();

        var corrected = await cycle.CorrectDataPoint(measure.Id, Monday.AddDays(7), new DataPoint(Monday.AddDays(8), 99), "Typed 12 for 99", team.Member.Id);

        Assert.DoesNotContain(corrected.Points, p => p.Date == Monday.AddDays(7));
        Assert.Equal(99, corrected.Points.Single(p => p.Date == Monday.AddDays(8)).Value);
        var record = Assert.Single(corrected.History);
        Assert.Equal(("Ben", "Typed 12 for 99"), (record.By.Name, record.Reason));
        Assert.Contains("2025-01-13: 12", record.What);
        Assert.Equal(corrected.History, Assert.Single((await cycle.Get(team.Observer.Id)).Measures).History);
    }

    [Fact]
    public async Task RemovingAPoint_TakesItOut_WithAReason()
    {
        var (team, cycle, measure) = await CycleWithMeasure();

        await Refused.With("reason.empty", () => cycle.RemoveDataPoint(measure.Id, Monday, " ", team.Member.Id));
        var after = await cycle.RemoveDataPoint(measure.Id, Monday, "Counted twice", team.Member.Id);

        Assert.Equal(11, after.Points.Count);
        Assert.Equal("Counted twice", Assert.Single(after.History).Reason);
        await Refused.With("measure.point-not-found", () => cycle.RemoveDataPoint(measure.Id, Monday, "Again", team.Member.Id));
        await Refused.With("group.observer-read-only", () => cycle.RemoveDataPoint(measure.Id, Monday.AddDays(7), "No", team.Observer.Id));
    }

    [Fact]
    public async Task DatesInTheFuture_OrLongBeforeTheCycle_AreRefused()
    {
        var (team, cycle, measure) = await CycleWithMeasure();

        await Refused.With("measure.date-in-future", () => cycle.AddDataPoints(measure.Id, [new DataPoint(Tomorrow, 1)], team.Member.Id));
        await Refused.With("measure.date-too-early", () => cycle.AddDataPoints(measure.Id, [new DataPoint(new DateOnly(1990, 1, 1), 1)], team.Member.Id));
        await Refused.With("measure.date-in-future", () => cycle.CorrectDataPoint(measure.Id, Monday, new DataPoint(Tomorrow, 1), "Wrong year", team.Member.Id));
        await Refused.With("demand.date-in-future", () => cycle.LogDemand(new LogDemand(new DateOnly(2030, 1, 1), "Chasing", DemandKind.Failure), team.Member.Id));
        await Refused.With("demand.date-too-early", () => cycle.LogDemand(new LogDemand(new DateOnly(1990, 1, 1), "Chasing", DemandKind.Failure), team.Member.Id));
        var result = await cycle.ImportCsv(measure.Id, $"date,value\n{Tomorrow:yyyy-MM-dd},3\n", team.Member.Id);
        Assert.Equal((2, "csv.date-in-future"), (result.Problems[0].Row, result.Problems[0].Code));

        Assert.Equal(12, Assert.Single((await cycle.Get(team.Member.Id)).Measures).Points.Count);
    }

    [Fact]
    public async Task ADemandEntry_CanBeCorrectedOrRemoved_AndTheFailureShareFollows()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);
        var entry = await cycle.LogDemand(new LogDemand(Monday, "Where is my letter?", DemandKind.Value), team.Member.Id);
        await cycle.LogDemand(new LogDemand(Monday, "I need a flat", DemandKind.Value), team.Member.Id);

        await cycle.CorrectDemand(entry.Id, new LogDemand(Monday, "Where is my letter? (chasing)", DemandKind.Failure), "It was failure demand", team.Convenor.Id);

        var view = await cycle.Get(team.Member.Id);
        Assert.Equal(50, Assert.Single(Assert.Single(view.Measures).Points).Value);
        Assert.Equal((1.0, 2.0), (view.Measures[0].Points[0].Numerator!.Value, view.Measures[0].Points[0].Denominator!.Value));
        Assert.Equal(ChartKind.P, view.Measures[0].Settings.Kind);
        await cycle.RemoveDemand(entry.Id, "Logged in the wrong cycle", team.Member.Id);
        view = await cycle.Get(team.Member.Id);
        Assert.Single(view.Demand);
        Assert.Equal(["Logged in the wrong cycle", "It was failure demand"], view.DemandHistory.Select(h => h.Reason));
        await Refused.With("demand.not-found", () => cycle.RemoveDemand(entry.Id, "Again", team.Member.Id));
    }

    [Fact]
    public async Task Recalculating_NeedsAReasonLinkedToAnExperimentOrDecision_AndTheSteward()
    {
        var (team, cycle, measure) = await CycleWithMeasure(24);
        var experiment = await cycle.AddExperiment(new ExperimentPlan("Named worker", "", "", "", Monday.AddDays(7 * 12), null), team.Member.Id);
        var from = Monday.AddDays(7 * 12);

        var otherMember = await OtherMember(team);
        await Refused.With("cycle.not-steward", () => cycle.Recalculate(measure.Id, new Recalculate(from, "Started", experiment.Id, null), otherMember));
        await Refused.With("measure.recalculation-unlinked", () => cycle.Recalculate(measure.Id, new Recalculate(from, "Started", null, null), team.Member.Id));
        await Refused.With("measure.experiment-not-found", () => cycle.Recalculate(measure.Id, new Recalculate(from, "Started", "nope", null), team.Member.Id));
        await Refused.With("measure.recalculation-no-data", () => cycle.Recalculate(measure.Id, new Recalculate(Monday.AddDays(7 * 30), "Later", null, "Board decision"), team.Member.Id));
        await Refused.With("measure.recalculation-at-start", () => cycle.Recalculate(measure.Id, new Recalculate(Monday, "Start", null, "Board decision"), team.Member.Id));

        var after = await cycle.Recalculate(measure.Id, new Recalculate(from, "The named worker started", experiment.Id, null), team.Member.Id);

        var recalculation = Assert.Single(after.Recalculations);
        Assert.Equal((from, experiment.Id, "Ben"), (recalculation.From, recalculation.ExperimentId, recalculation.By.Name));
        var chart = after.Chart();
        Assert.Equal(2, chart.Periods.Count);
        Assert.Equal((11.0, 6.0), (chart.Periods[0].Mean, chart.Periods[1].Mean));
        Assert.Equal(PeriodChange.Improvement, chart.Periods[1].Change);
        Assert.Contains("Recalculated the limits from 2025-03-31", Assert.Single(after.History).What);

        var removed = await cycle.RemoveRecalculation(measure.Id, from, "Recorded on the wrong date", team.Convenor.Id);
        Assert.Empty(removed.Recalculations);
        Assert.Equal(2, removed.History.Count);
    }

    [Fact]
    public async Task EditingAMeasure_ChangesItsSettings_AndRefusesNonsense()
    {
        var (team, cycle, measure) = await CycleWithMeasure();
        var settings = new MeasureSettings(ImprovementDirection.Neither, 12, 12, ScreenOutliers: false, ChartKind.Xmr);

        var edited = await cycle.EditMeasure(measure.Id, new EditMeasure("Waiting days", "days", "", settings, "Agreed at the gathering"), team.Member.Id);

        Assert.Equal(("Waiting days", settings), (edited.Name, edited.Settings));
        Assert.Contains("improvement direction Decrease to Neither", edited.History[0].What);
        await Refused.With("measure.bad-baseline", () => cycle.EditMeasure(measure.Id, new EditMeasure("W", "", "", settings with { BaselinePoints = 5 }, "Why"), team.Member.Id));
        await Refused.With("measure.kind-needs-denominators", () => cycle.EditMeasure(measure.Id, new EditMeasure("W", "", "", settings with { Kind = ChartKind.P }, "Why"), team.Member.Id));
        await Refused.With("reason.empty", () => cycle.EditMeasure(measure.Id, new EditMeasure("W", "", "", settings, ""), team.Member.Id));
    }

    [Fact]
    public async Task AProportion_NeedsANumeratorNoMoreThanADenominatorAboveZero()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);
        var measure = await cycle.AddMeasure(new NewMeasure("Seen within 2 weeks", "%", true, "", null, ChartKind.P), team.Member.Id);

        await Refused.With("measure.denominator-zero", () => cycle.AddDataPoints(measure.Id, [new DataPoint(Monday, double.NaN, 0, 0)], team.Member.Id));
        await Refused.With("measure.numerator-above-denominator", () => cycle.AddDataPoints(measure.Id, [new DataPoint(Monday, double.NaN, 5, 4)], team.Member.Id));
        await Refused.With("measure.needs-denominator", () => cycle.AddDataPoints(measure.Id, [new DataPoint(Monday, 50)], team.Member.Id));
        var added = await cycle.AddDataPoints(measure.Id, [new DataPoint(Monday, double.NaN, 12, 40)], team.Member.Id);

        Assert.Equal(30, Assert.Single(added.Points).Value);
    }

    [Fact]
    public async Task RemovingAMeasure_IsForTheStewardOrAConvenor_AndIsRemembered()
    {
        var (team, cycle, measure) = await CycleWithMeasure();
        var member = await OtherMember(team);

        await Refused.With("cycle.not-steward", () => cycle.RemoveMeasure(measure.Id, "Not needed", member));
        await cycle.RemoveMeasure(measure.Id, "Not needed", team.Convenor.Id);

        var view = await cycle.Get(team.Member.Id);
        Assert.Empty(view.Measures);
        Assert.Contains("Removed the measure Waiting", Assert.Single(view.DemandHistory).What);
    }

    /// <summary>A member who is neither the cycle's steward (the team's member) nor a convenor.</summary>
    private async Task<string> OtherMember(Team team)
    {
        var person = await _grains.Person("Esme");
        await team.Group.Join(team.Convenor, person, Contracts.Groups.GroupRole.Member);
        return person.Id;
    }

    private async Task<(Team Team, ILearningCycleGrain Cycle, Measure Measure)> CycleWithMeasure(int points = 12)
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);
        var measure = await cycle.AddMeasure(new NewMeasure("Waiting", "days", false, ""), team.Member.Id);
        // Twelve weeks alternating 10 and 12, then (if asked) weeks alternating 5 and 7.
        var values = Enumerable.Range(0, points).Select(i => (i % 2 == 0 ? 10.0 : 12.0) - (i >= 12 ? 5 : 0));
        measure = await cycle.AddDataPoints(measure.Id, [.. values.Select((v, i) => new DataPoint(Monday.AddDays(7 * i), v))], team.Member.Id);
        return (team, cycle, measure);
    }
}
