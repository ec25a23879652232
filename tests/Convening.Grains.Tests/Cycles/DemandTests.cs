using Convening.Contracts.Cycles;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Cycles;

[Collection(ClusterCollection.Name)]
public sealed class DemandTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task LoggedDemand_BecomesAWeeklyFailureDemandShareMeasure()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);
        // Week starting Monday 6 January 2025: 1 failure of 3 = 33.3%. Sunday the 12th is still that week.
        await Log(cycle, team.Member, 2025, 1, 6, "I need help with my tenancy", DemandKind.Value);
        await Log(cycle, team.Member, 2025, 1, 8, "Nobody called me back about my referral", DemandKind.Failure);
        await Log(cycle, team.Convenor, 2025, 1, 12, "Can I get support with my benefits claim?", DemandKind.Value);
        // Week starting Monday 13 January: 2 failures of 2 = 100%.
        await Log(cycle, team.Member, 2025, 1, 13, "I've told my story three times already", DemandKind.Failure);
        await Log(cycle, team.Member, 2025, 1, 19, "Chasing the letter you said you'd send", DemandKind.Failure);

        var view = await cycle.Get(team.Observer.Id);

        var measure = Assert.Single(view.Measures);
        Assert.True(measure.Derived);
        Assert.False(measure.HigherIsBetter);
        Assert.Equal("%", measure.Unit);
        Assert.Equal([(new DateOnly(2025, 1, 6), 33.3), (new DateOnly(2025, 1, 13), 100.0)], measure.Points.Select(p => (p.Date, p.Value)));
        Assert.Equal("Chasing the letter you said you'd send", view.Demand[0].Words);
        Assert.Equal(5, view.Demand.Count);
    }

    [Fact]
    public async Task TheFailureDemandMeasure_CannotBeEditedByHand()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);
        await Log(cycle, team.Member, 2025, 1, 6, "Where is my assessment?", DemandKind.Failure);
        var measureId = Assert.Single((await cycle.Get(team.Member.Id)).Measures).Id;

        await Refused.With("measure.derived", () => cycle.AddDataPoints(measureId, [new DataPoint(new DateOnly(2025, 1, 6), 0)], team.Member.Id));
        await Refused.With("measure.derived", () => cycle.ImportCsv(measureId, "2025-01-06,0", team.Member.Id));
        await Refused.With("demand.empty", () => cycle.LogDemand(new LogDemand(new DateOnly(2025, 1, 6), " ", DemandKind.Value), team.Member.Id));

        Assert.Equal(100, Assert.Single(Assert.Single((await cycle.Get(team.Member.Id)).Measures).Points).Value);
    }

    private static Task<DemandEntry> Log(ILearningCycleGrain cycle, TestPerson by, int year, int month, int day, string words, DemandKind kind) =>
        cycle.LogDemand(new LogDemand(new DateOnly(year, month, day), words, kind), by.Id);
}
