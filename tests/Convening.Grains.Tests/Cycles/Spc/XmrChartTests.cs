using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;

namespace Convening.Grains.Tests.Cycles.Spc;

/// <summary>XmR statistics checked against arithmetic done by hand (shown in each test).</summary>
public sealed class XmrChartTests
{
    [Fact]
    public void CommonCauseOnly_HasMeanLimitsAndNoSignals()
    {
        // 5, 7, 6, 8, 4: mean = 30 / 5 = 6.
        // Moving ranges |7-5|=2, |6-7|=1, |8-6|=2, |4-8|=4: average = 9 / 4 = 2.25.
        // Limits = 6 ± 2.66 × 2.25 = 6 ± 5.985 → 11.985 and 0.015.
        // Two sigma = 6 ± (2/3) × 5.985 = 6 ± 3.99 → 9.99 and 2.01. No point is beyond them.
        var chart = Chart([5, 7, 6, 8, 4]);

        Assert.Equal(6, chart.Mean!.Value, 9);
        Assert.Equal(2.25, chart.AverageMovingRange!.Value, 9);
        Assert.Equal(11.985, chart.UpperLimit!.Value, 9);
        Assert.Equal(0.015, chart.LowerLimit!.Value, 9);
        Assert.Equal(9.99, chart.UpperNearLimit!.Value, 9);
        Assert.Equal(2.01, chart.LowerNearLimit!.Value, 9);
        Assert.Equal([null, 2.0, 1.0, 2.0, 4.0], chart.Points.Select(p => p.MovingRange));
        Assert.Empty(chart.Signals);
        Assert.All(chart.Points, p => Assert.False(p.IsSpecialCause));
    }

    [Fact]
    public void APointAboveTheUpperLimit_IsSpecialCause_AndAConcernWhenLowerIsBetter()
    {
        // 4, 6, 5, 7, 5, 6, 4, 15: mean = 52 / 8 = 6.5.
        // Moving ranges 2, 1, 2, 2, 1, 2, 11: average = 21 / 7 = 3.
        // Upper limit = 6.5 + 2.66 × 3 = 6.5 + 7.98 = 14.48; 15 is above it.
        var chart = Chart([4, 6, 5, 7, 5, 6, 4, 15], higherIsBetter: false);

        Assert.Equal(14.48, chart.UpperLimit!.Value, 9);
        var signal = Assert.Single(chart.Signals);
        Assert.Equal((SignalKind.OutsideLimits, SignalDirection.High, false), (signal.Kind, signal.Direction, signal.Improvement));
        Assert.Equal([7], signal.Points);
        Assert.Equal([SignalKind.OutsideLimits], chart.Points[7].Signals);
        Assert.False(chart.Points[7].Improvement);
    }

    [Fact]
    public void SevenPointsBelowTheMean_IsARun_AndAnImprovementWhenLowerIsBetter()
    {
        // 11, 12, 11, 12, 11, then 9, 10, 9, 10, 9, 10, 9: mean = (57 + 66) / 12 = 10.25.
        // The last seven (indexes 5-11) are all below 10.25. The first five are above: too few.
        // Moving ranges: ten 1s and one 2 = 12, / 11 = 1.0909; limits 10.25 ± 2.9018 → 13.152 and 7.348;
        // two sigma 10.25 ± 1.9345 → 12.1845 and 8.3155: nothing reaches them.
        var chart = Chart([11, 12, 11, 12, 11, 9, 10, 9, 10, 9, 10, 9], higherIsBetter: false);

        Assert.Equal(10.25, chart.Mean!.Value, 9);
        Assert.Equal(12.0 / 11, chart.AverageMovingRange!.Value, 9);
        var signal = Assert.Single(chart.Signals);
        Assert.Equal((SignalKind.Run, SignalDirection.Low, true), (signal.Kind, signal.Direction, signal.Improvement));
        Assert.Equal([5, 6, 7, 8, 9, 10, 11], signal.Points);
        Assert.True(chart.Points[5].Improvement);
    }

    [Fact]
    public void SixPointsOnOneSide_IsNotARun_AndAPointOnTheMeanEndsARun()
    {
        // 2 × 6, 5, 2 × 6, 41: mean = (12 + 5 + 12 + 41) / 14 = 70 / 14 = 5, so the 5 sits on the mean.
        // Twelve points are below the mean but the one on it splits them into two runs of six.
        // Moving ranges: 3, 3 and 39, the rest 0 → 45 / 13 = 3.4615; upper limit = 5 + 9.2077 = 14.2077,
        // so 41 is outside it; it is alone beyond two sigma (11.138), so there is no "two of three".
        var chart = Chart([2, 2, 2, 2, 2, 2, 5, 2, 2, 2, 2, 2, 2, 41]);

        Assert.Equal(5, chart.Mean!.Value, 9);
        Assert.Equal(45.0 / 13, chart.AverageMovingRange!.Value, 9);
        var signal = Assert.Single(chart.Signals);
        Assert.Equal((SignalKind.OutsideLimits, SignalDirection.High, true), (signal.Kind, signal.Direction, signal.Improvement));
        Assert.Equal([13], signal.Points);
    }

    [Fact]
    public void SevenPointsEachHigherThanTheLast_IsATrend()
    {
        // 8, 2, 8, then 2, 3, 4, 5, 6, 7, 8: indexes 3-9 rise six times in a row (seven points).
        // Mean = 53 / 10 = 5.3; moving ranges 6, 6, 6 and six 1s = 24 / 9 = 2.6667;
        // limits 5.3 ± 7.0933 → 12.3933 and -1.7933; two sigma 5.3 ± 4.7289: nothing near a limit.
        var chart = Chart([8, 2, 8, 2, 3, 4, 5, 6, 7, 8]);

        Assert.Equal(5.3, chart.Mean!.Value, 9);
        Assert.Equal(12.3933333333, chart.UpperLimit!.Value, 9);
        var signal = Assert.Single(chart.Signals);
        Assert.Equal((SignalKind.Trend, SignalDirection.High, true), (signal.Kind, signal.Direction, signal.Improvement));
        Assert.Equal([3, 4, 5, 6, 7, 8, 9], signal.Points);
    }

    [Fact]
    public void SixPointsRising_IsNotATrend_NorAreRepeatedValues()
    {
        // 2, 3, 4, 5, 6, 7 is only six points; 1, 2, 3, 3, 4, 5, 6 repeats a value, which ends the trend.
        Assert.DoesNotContain(Chart([8, 2, 8, 2, 3, 4, 5, 6, 7]).Signals, s => s.Kind == SignalKind.Trend);
        Assert.DoesNotContain(Chart([9, 1, 2, 3, 3, 4, 5, 6, 1]).Signals, s => s.Kind == SignalKind.Trend);
    }

    [Fact]
    public void TwoOfThreePointsBeyondTwoSigma_OnTheSameSide_AreNearALimit()
    {
        // Seven pairs of 10, 11 then 13, 11, 13 (17 points): mean = (7 × 21 + 37) / 17 = 184 / 17 = 10.8235.
        // Moving ranges: thirteen 1s then 2, 2, 2 = 19 / 16 = 1.1875.
        // Limit half-width 2.66 × 1.1875 = 3.15875 → upper limit 13.9823: both 13s are inside it.
        // Two sigma = (2/3) × 3.15875 = 2.10583 → 12.9294: both 13s (indexes 14 and 16) are beyond it,
        // two out of the three points 14, 15, 16. The 11 between them is not marked.
        var chart = Chart([10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 13, 11, 13]);

        Assert.Equal(184.0 / 17, chart.Mean!.Value, 9);
        Assert.Equal(1.1875, chart.AverageMovingRange!.Value, 9);
        Assert.Equal(184.0 / 17 + 2.10583333333, chart.UpperNearLimit!.Value, 9);
        var signal = Assert.Single(chart.Signals);
        Assert.Equal((SignalKind.NearLimit, SignalDirection.High), (signal.Kind, signal.Direction));
        Assert.Equal([14, 16], signal.Points);
        Assert.False(chart.Points[15].IsSpecialCause);
    }

    [Fact]
    public void TooFewPoints_GiveAMeanButNoLimits()
    {
        Assert.Null(Chart([]).Mean);
        var one = Chart([4]);
        Assert.Equal(4, one.Mean);
        Assert.False(one.HasLimits);
        Assert.Empty(one.Signals);
        // Two points: mean 5, one moving range of 2, limits 5 ± 5.32.
        Assert.Equal(10.32, Chart([4, 6]).UpperLimit!.Value, 9);
    }

    [Fact]
    public void AFlatSeries_HasLimitsOnTheMean_AndNoSignals()
    {
        var chart = Chart([3, 3, 3, 3, 3, 3, 3, 3]);

        Assert.Equal((3.0, 3.0, 3.0), (chart.Mean!.Value, chart.UpperLimit!.Value, chart.LowerLimit!.Value));
        Assert.Empty(chart.Signals);
    }

    private static XmrChart Chart(double[] values, bool higherIsBetter = true) =>
        XmrChart.Compute([.. values.Select((v, i) => new DataPoint(new DateOnly(2025, 1, 6).AddDays(7 * i), v))], higherIsBetter);
}
