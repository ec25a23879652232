using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;

namespace Convening.Grains.Tests.Cycles.Spc;

/// <summary>
/// SPC charts checked against arithmetic done by hand (shown in each test), by the rules of NHS
/// England's Making Data Count and the behaviour of NHSRplotthedots.
/// </summary>
public sealed class SpcChartTests
{
    /// <summary>Twelve points alternating 10 and 12: mean 11, every moving range 2, limits 11 ± 5.32, two sigma 11 ± 3.5467.</summary>
    private static readonly double[] Steady = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12];

    [Fact]
    public void CommonCauseOnly_HasMeanLimitsAndNoSignals()
    {
        // 5, 7, 6, 8, 4, 6 twice: mean = 72 / 12 = 6. Moving ranges 2,1,2,4,2,1,2,1,2,4,2 = 23 / 11.
        // None reaches 3.267 × 23/11 = 6.83, so none is screened. Limits 6 ± 2.66 × 23/11 = 6 ± 5.5618.
        var chart = Chart([5, 7, 6, 8, 4, 6, 5, 7, 6, 8, 4, 6]);

        var period = Assert.Single(chart.Periods);
        Assert.Equal(6, period.Mean, 9);
        Assert.Equal(23.0 / 11, period.AverageMovingRange!.Value, 9);
        Assert.Equal(6 + 2.66 * 23 / 11, period.UpperLimit!.Value, 9);
        Assert.Equal(6 - 2.66 * 23 / 11, period.LowerLimit!.Value, 9);
        Assert.Equal(6 + 2.66 * 2 / 3 * 23 / 11, chart.Points[0].UpperTwoSigma!.Value, 9);
        Assert.Equal([null, 2.0, 1.0, 2.0, 4.0], chart.Points.Take(5).Select(p => p.MovingRange));
        Assert.Empty(chart.Signals);
        Assert.All(chart.Points, p => Assert.Equal(PointType.CommonCause, p.Type));
        Assert.Equal(VariationIcon.CommonCause, chart.Variation);
    }

    [Fact]
    public void LimitsComeFromTheFirstTwentyPoints_AndExtendForward()
    {
        // Twenty points alternating 10, 12 (mean 11, limits 16.32 and 5.68), then five points of 17.
        // With the limits fixed on the first 20, every 17 is above the upper limit; had the 17s been
        // part of the mean, it would have risen to 12.2 and hidden part of the change.
        var chart = Chart([.. Repeat(Steady, 20), 17, 17, 17, 17, 17]);

        var period = Assert.Single(chart.Periods);
        Assert.Equal((20, 11.0), (period.BaselineCount, period.Mean));
        Assert.Equal(16.32, period.UpperLimit!.Value, 9);
        Assert.True(chart.Points[19].InBaseline);
        Assert.False(chart.Points[20].InBaseline);
        Assert.All(chart.Points.Skip(20), p => Assert.Equal((11.0, 16.32), (p.Mean, Math.Round(p.UpperLimit!.Value, 9))));
        Assert.All(chart.Points.Skip(20), p => Assert.Equal(SignalKind.OutsideLimits, p.Strongest));
        Assert.Equal(5, chart.Signals.Count(s => s.Kind == SignalKind.OutsideLimits));
        Assert.Equal(VariationIcon.ImprovementHigh, chart.Variation);
    }

    [Fact]
    public void AChosenBaseline_FixesTheLimitsOnThatManyPoints()
    {
        // Baseline of 12: the mean of the twelve 10/12 points is 11, whatever follows.
        var chart = Chart([.. Steady, 30, 31, 32], new SpcSettings(BaselinePoints: 12));

        Assert.Equal((12, 11.0), (chart.Periods[0].BaselineCount, chart.Periods[0].Mean));
        Assert.Equal(SignalKind.OutsideLimits, chart.Points[14].Strongest);
    }

    [Fact]
    public void ARecalculation_StartsANewPeriodWithItsOwnMeanAndLimits()
    {
        // 12 points of 10/12 (mean 11, limits 5.68 to 16.32), then 12 of 5/7 from week 13 (mean 6,
        // limits 0.68 to 11.32). Lower is better, so the step down is an improvement.
        var data = Points([.. Steady, .. Steady.Select(v => v - 5)]);
        var settings = new SpcSettings(Direction: ImprovementDirection.Decrease, Recalculations: [data[12].Date]);

        var chart = SpcChart.Compute(data, settings);

        Assert.Equal(2, chart.Periods.Count);
        Assert.Equal((11.0, 16.32, 5.68), (chart.Periods[0].Mean, Math.Round(chart.Periods[0].UpperLimit!.Value, 9), Math.Round(chart.Periods[0].LowerLimit!.Value, 9)));
        Assert.Equal((6.0, 11.32, 0.68), (chart.Periods[1].Mean, Math.Round(chart.Periods[1].UpperLimit!.Value, 9), Math.Round(chart.Periods[1].LowerLimit!.Value, 9)));
        Assert.Equal(PeriodChange.Improvement, chart.Periods[1].Change);
        Assert.Equal((data[12].Date, data[23].Date), (chart.Periods[1].From, chart.Periods[1].To));
        Assert.Null(chart.Points[12].MovingRange);
        Assert.Empty(chart.Signals);

        // Without the recalculation the second stretch is tested against the first 20 points
        // (mean (132 + 48) / 20 = 9): all twelve are below it, a run, an improvement.
        var unrecalculated = SpcChart.Compute(data, settings with { Recalculations = [] });
        Assert.Equal(9, unrecalculated.Periods[0].Mean, 9);
        Assert.All(unrecalculated.Points.Skip(12), p => Assert.Equal(PointType.Improvement, p.Type));
        Assert.Contains(unrecalculated.Signals, s => s.Kind == SignalKind.Run && s.First == 12 && s.Last == 23);
    }

    [Fact]
    public void FewerThanTwelvePoints_IsARunChart_WithNoLimits()
    {
        // Eleven points: too few for limits, so no point can be outside them or near them; runs and trends still show.
        var chart = Chart([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);

        Assert.False(chart.HasLimits);
        Assert.All(chart.Points, p => Assert.Null(p.UpperLimit));
        Assert.Equal(6, chart.Periods[0].Mean);
        Assert.DoesNotContain(chart.Signals, s => s.Kind is SignalKind.OutsideLimits or SignalKind.TwoOfThree);
        Assert.Contains(chart.Signals, s => s.Kind == SignalKind.Trend);
        Assert.Equal(AssuranceIcon.None, SpcChart.Compute(Points([1, 2, 3]), new SpcSettings(Target: 2)).Assurance);
        Assert.Empty(Chart([]).Points);
        Assert.Equal(VariationIcon.None, Chart([]).Variation);
    }

    [Fact]
    public void APointOutsideTheLimits_AndInARun_IsNamedOutsideTheLimitsFirst()
    {
        // Baseline of 12 (mean 11, upper limit 16.32, two sigma 14.55); then 13 six times and 17.
        // Indexes 11-18 are above the mean (a run of 8); 17 is above the limit too.
        var chart = Chart([.. Steady, 13, 13, 13, 13, 13, 13, 17], new SpcSettings(BaselinePoints: 12));

        Assert.Equal([SignalKind.OutsideLimits, SignalKind.Run], chart.Points[18].Signals);
        Assert.Equal(SignalKind.OutsideLimits, chart.Points[18].Strongest);
        Assert.Equal([SignalKind.Run], chart.Points[11].Signals);
        Assert.Contains(chart.Signals, s => s.Kind == SignalKind.Run && s.Points.SequenceEqual(Enumerable.Range(11, 8)));
    }

    [Fact]
    public void APointInATrendAndARun_IsNamedATrendFirst()
    {
        // After the baseline (index 10 is 10, 11 is 12), 12.1 ... 12.6: indexes 10-17 rise seven times,
        // a trend of eight; 11-17 are above the mean of 11, so also a run. Trend ranks above a run.
        var chart = Chart([.. Steady, 12.1, 12.2, 12.3, 12.4, 12.5, 12.6], new SpcSettings(BaselinePoints: 12));

        Assert.All(chart.Points.Skip(11), p => Assert.Equal([SignalKind.Trend, SignalKind.Run], p.Signals));
        var trend = Assert.Single(chart.Signals, s => s.Kind == SignalKind.Trend);
        Assert.Equal((SignalDirection.High, (bool?)true, 10, 17), (trend.Direction, trend.Improvement, trend.First, trend.Last));
        Assert.Equal([SignalKind.Trend], chart.Points[10].Signals);
    }

    [Fact]
    public void SixPointsOnOneSide_IsNotARun_AndAPointOnTheMeanEndsARun()
    {
        // Baseline 10/12 (mean 11; index 11 is 12), then five 10s, 11 on the mean, six 10s:
        // stretches of five and six below the mean, neither a run. Seven 10s in a row is a run.
        var chart = Chart([.. Steady, 10, 10, 10, 10, 10, 11, 10, 10, 10, 10, 10, 10], new SpcSettings(BaselinePoints: 12));

        Assert.DoesNotContain(chart.Signals, s => s.Kind == SignalKind.Run);
        Assert.Contains(Chart([.. Steady, 10, 10, 10, 10, 10, 10, 10], new SpcSettings(BaselinePoints: 12)).Signals, s => s.Kind == SignalKind.Run);
    }

    [Fact]
    public void SixPointsRising_IsNotATrend_NorAreRepeatedValues()
    {
        // 12 falls to 9, then 9 ... 9.5 is six points rising; a repeated 9.2 ends a rise.
        Assert.DoesNotContain(Chart([.. Steady, 9, 9.1, 9.2, 9.3, 9.4, 9.5]).Signals, s => s.Kind == SignalKind.Trend);
        Assert.DoesNotContain(Chart([.. Steady, 9, 9.1, 9.2, 9.2, 9.3, 9.4, 9.5, 9.6]).Signals, s => s.Kind == SignalKind.Trend);
        Assert.Contains(Chart([.. Steady, 9, 9.1, 9.2, 9.3, 9.4, 9.5, 9.6]).Signals, s => s.Kind == SignalKind.Trend);
    }

    [Fact]
    public void TwoOfThree_CountsPointsBetweenTwoSigmaAndTheLimit_AllThreeOnOneSide()
    {
        // Mean 11, two sigma 14.55, upper limit 16.32. 15, 11.5, 15: two of the three between the
        // lines, all three above the mean: the two 15s are marked, the 11.5 between them is not.
        var marked = Chart([.. Steady, 15, 11.5, 15], new SpcSettings(BaselinePoints: 12));
        var signal = Assert.Single(marked.Signals);
        Assert.Equal((SignalKind.TwoOfThree, SignalDirection.High), (signal.Kind, signal.Direction));
        Assert.Equal([12, 14], signal.Points);
        Assert.False(marked.Points[13].IsSpecialCause);

        // 15, 10.5, 15: the middle point is below the mean, so the window is not all on one side.
        Assert.Empty(Chart([.. Steady, 15, 10.5, 15], new SpcSettings(BaselinePoints: 12)).Signals);

        // 17, 15, 12: 17 is beyond the limit, not between the lines, so only one point counts.
        var beyond = Chart([.. Steady, 17, 15, 12], new SpcSettings(BaselinePoints: 12));
        Assert.Equal([SignalKind.OutsideLimits], beyond.Signals.Select(s => s.Kind));
    }

    [Fact]
    public void MovingRangesOf3267TimesTheAverage_AreScreenedOut_UnlessSwitchedOff()
    {
        // 10, 11, 10, 11, 10, 30, 10, 11, 10, 11, 10, 11: moving ranges four 1s, 20, 20, five 1s = 49 / 11 = 4.4545.
        // 3.267 × 4.4545 = 14.55, so both 20s are screened and the average becomes 9 / 9 = 1.
        // Mean 145 / 12 = 12.0833: limits 12.0833 ± 2.66 (screened) or ± 11.849 (not).
        double[] values = [10, 11, 10, 11, 10, 30, 10, 11, 10, 11, 10, 11];

        var screened = Chart(values);
        Assert.Equal((2, 1.0), (screened.Periods[0].ScreenedRanges, screened.Periods[0].AverageMovingRange!.Value));
        Assert.Equal(145.0 / 12 + 2.66, screened.Periods[0].UpperLimit!.Value, 9);

        var plain = Chart(values, new SpcSettings(ScreenOutliers: false));
        Assert.Equal(0, plain.Periods[0].ScreenedRanges);
        Assert.Equal(49.0 / 11, plain.Periods[0].AverageMovingRange!.Value, 9);
        Assert.Equal(145.0 / 12 + 2.66 * 49 / 11, plain.Periods[0].UpperLimit!.Value, 9);
        Assert.Equal(PointType.Improvement, screened.Points[5].Type);
        Assert.Equal(PointType.Improvement, plain.Points[5].Type);
    }

    [Theory]
    [InlineData(ImprovementDirection.Increase, PointType.Improvement, VariationIcon.ImprovementHigh)]
    [InlineData(ImprovementDirection.Decrease, PointType.Concern, VariationIcon.ConcernHigh)]
    [InlineData(ImprovementDirection.Neither, PointType.NeutralHigh, VariationIcon.NeutralHigh)]
    public void TheImprovementDirection_DecidesWhetherAHighPointIsAnImprovementOrAConcern(ImprovementDirection direction, PointType type, VariationIcon icon)
    {
        var chart = Chart([.. Steady, 20], new SpcSettings(Direction: direction));

        Assert.Equal(type, chart.Points[12].Type);
        Assert.Equal(icon, chart.Variation);
        Assert.Equal(direction == ImprovementDirection.Neither ? null : direction == ImprovementDirection.Increase, Assert.Single(chart.Signals).Improvement);
    }

    [Fact]
    public void ALowPoint_ShowsTheLowIcon_ImprovementOrConcernByDirection()
    {
        Assert.Equal(VariationIcon.ImprovementLow, Chart([.. Steady, 2], new SpcSettings(Direction: ImprovementDirection.Decrease)).Variation);
        Assert.Equal(VariationIcon.ConcernLow, Chart([.. Steady, 2]).Variation);
    }

    [Theory]
    [InlineData(ImprovementDirection.Increase, 20.0, AssuranceIcon.Fail)]
    [InlineData(ImprovementDirection.Decrease, 20.0, AssuranceIcon.Pass)]
    [InlineData(ImprovementDirection.Increase, 3.0, AssuranceIcon.Pass)]
    [InlineData(ImprovementDirection.Decrease, 3.0, AssuranceIcon.Fail)]
    [InlineData(ImprovementDirection.Increase, 12.0, AssuranceIcon.HitAndMiss)]
    [InlineData(ImprovementDirection.Neither, 20.0, AssuranceIcon.None)]
    public void Assurance_ComparesTheTargetWithTheLatestLimits(ImprovementDirection direction, double target, AssuranceIcon expected)
    {
        // Limits 5.68 to 16.32: a target above the upper limit is always missed when higher is better
        // and always met when lower is better; one between the limits is sometimes met (hit and miss).
        Assert.Equal(expected, Chart(Steady, new SpcSettings(Direction: direction, Target: target)).Assurance);
        Assert.Equal(AssuranceIcon.None, Chart(Steady, new SpcSettings(Direction: direction)).Assurance);
    }

    [Fact]
    public void APChart_HasLimitsThatVaryWithTheDenominator_WithinZeroAndOneHundredPercent()
    {
        // A baseline of twelve weeks alternating 20 of 100 and 80 of 400: p̄ = 600 / 3000 = 0.2.
        // n = 100: σ = √(0.2 × 0.8 / 100) = 0.04 → 20% ± 12% = 8% to 32%.
        // n = 400: σ = 0.02 → 14% to 26%. n = 4: σ = 0.2 → 20% ± 60%, clamped to 0% to 80%.
        // 35 of 100 = 35% is above its limit of 32%.
        var data = Enumerable.Range(0, 12)
            .Select(i => i % 2 == 0 ? Proportion(i, 20, 100) : Proportion(i, 80, 400))
            .Append(Proportion(12, 1, 4)).Append(Proportion(13, 35, 100)).ToList();

        var chart = SpcChart.Compute(data, new SpcSettings(ChartKind.P, ImprovementDirection.Decrease, BaselinePoints: 12));

        Assert.Equal(20, chart.Periods[0].Mean, 9);
        Assert.Equal((32.0, 8.0), (Math.Round(chart.Points[0].UpperLimit!.Value, 9), Math.Round(chart.Points[0].LowerLimit!.Value, 9)));
        Assert.Equal((26.0, 14.0), (Math.Round(chart.Points[1].UpperLimit!.Value, 9), Math.Round(chart.Points[1].LowerLimit!.Value, 9)));
        Assert.Equal((80.0, 0.0), (Math.Round(chart.Points[12].UpperLimit!.Value, 9), chart.Points[12].LowerLimit!.Value));
        Assert.Equal(25, chart.Points[12].Value);
        Assert.Equal((SignalKind.OutsideLimits, PointType.Concern), (chart.Points[13].Strongest!.Value, chart.Points[13].Type));
        Assert.All(chart.Points, p => Assert.InRange(p.LowerLimit!.Value, 0, p.UpperLimit!.Value));

        // p̄ = 0.9 with n = 10: 0.9 + 3 × 0.0949 = 1.18, shown as 100%, never above.
        var high = SpcChart.Compute([.. Enumerable.Range(0, 12).Select(i => Proportion(i, 9, 10))], new SpcSettings(ChartKind.P));
        Assert.All(high.Points, p => Assert.Equal(100, p.UpperLimit));
    }

    [Fact]
    public void ACChart_HasLimitsAtThreeRootsOfTheMean_NeverBelowZero()
    {
        // A baseline of twelve counts alternating 8 and 10: mean 9, √9 = 3, limits 9 ± 9 → 18 and 0; two sigma 15 and 3.
        var chart = Chart([8, 10, 8, 10, 8, 10, 8, 10, 8, 10, 8, 10, 19], new SpcSettings(ChartKind.C, BaselinePoints: 12));

        Assert.Equal((9.0, 18.0, 0.0), (chart.Periods[0].Mean, chart.Periods[0].UpperLimit!.Value, chart.Periods[0].LowerLimit!.Value));
        Assert.Equal((15.0, 3.0), (chart.Points[0].UpperTwoSigma!.Value, chart.Points[0].LowerTwoSigma!.Value));
        Assert.Equal(SignalKind.OutsideLimits, chart.Points[12].Strongest);
        Assert.Null(chart.Periods[0].AverageMovingRange);
    }

    [Fact]
    public void AUChart_HasLimitsThatVaryWithTheExposure()
    {
        // 5 events per 100 each week: ū = 0.05; σ = √(0.05 / 100) = 0.02236 → 0.05 ± 0.06708: 0.11708 and 0 (clamped).
        var chart = SpcChart.Compute([.. Enumerable.Range(0, 12).Select(i => new DataPoint(Monday.AddDays(7 * i), 0.05, 5, 100))], new SpcSettings(ChartKind.U));

        Assert.Equal(0.05, chart.Periods[0].Mean, 9);
        Assert.Equal(0.05 + 3 * Math.Sqrt(0.0005), chart.Points[0].UpperLimit!.Value, 9);
        Assert.Equal(0, chart.Points[0].LowerLimit);
    }

    private static IEnumerable<double> Repeat(double[] pattern, int count) => Enumerable.Range(0, count).Select(i => pattern[i % pattern.Length]);

    private static readonly DateOnly Monday = new(2025, 1, 6);

    private static List<DataPoint> Points(IEnumerable<double> values) => [.. values.Select((v, i) => new DataPoint(Monday.AddDays(7 * i), v))];

    /// <summary>A p-chart point as the grain stores it, with its percentage worked out.</summary>
    private static DataPoint Proportion(int week, double numerator, double denominator) =>
        new(Monday.AddDays(7 * week), 100 * numerator / denominator, numerator, denominator);

    private static SpcChart Chart(IEnumerable<double> values, SpcSettings? settings = null) =>
        SpcChart.Compute(Points(values), settings ?? new SpcSettings());
}
