using System.Globalization;
using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;

namespace Convening.Grains.Tests.Cycles.Spc;

/// <summary>
/// Our CSV against what NHSRplotthedots itself gives for the same data. The dataset and the expected
/// figures are the ones published in NHSRplotthedots' own tests (tests/testthat/test-ptd_spc_standard.R
/// and its snapshot tests/testthat/_snaps/ptd_spc_standard.md): set.seed(123); rnorm(20), dated
/// 2020-01-02 to 2020-01-21; then the same with the 15th value set to 10, with outlier screening on (r2)
/// and off (r3). The expected means and limits are copied from that snapshot, to the digits it prints.
/// </summary>
public sealed class SpcCsvTests
{
    private static readonly double[] Rnorm20Seed123 =
    [
        -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621, -1.26506123, -0.68685285, -0.44566197,
        1.22408180, 0.35981383, 0.40077145, 0.11068272, -0.55584113, 1.78691314, 0.49785048, -1.96661716, 0.70135590, -0.47279141,
    ];

    [Fact]
    public void Header_IsNhsrPlotTheDotsPtdSpcColumns_InItsOrder()
    {
        var rows = Rows(Rnorm20Seed123, screen: true);

        Assert.Equal(
            ["y", "x", "f", "trajectory", "rebase_group", "short_group_warning", "fix_y", "mean_col", "lpl", "upl",
             "outside_limits", "relative_to_mean", "close_to_limits", "special_cause_flag", "point_type", "target", "improvement_direction"],
            rows[0]);
        Assert.Equal(21, rows.Count);
        Assert.Equal(["-0.56047565", "2020-01-02", "no facet", "NA", "0", "FALSE", "-0.56047565"], rows[1][..7]);
    }

    [Fact]
    public void Rnorm20_GivesNhsrPlotTheDotsMeanAndLimits_AllCommonCause()
    {
        // Snapshot r1: mean_col 0.1416238, lpl -3.01138, upl 3.294627; relative_to_mean -1, -1, 1, -1, -1, 1, 1, -1, -1, -1, 1, 1, 1, -1, -1…
        var rows = Rows(Rnorm20Seed123, screen: true);

        AssertLimits(rows, mean: 0.1416238, lpl: -3.01138, upl: 3.294627);
        Assert.Equal(["-1", "-1", "1", "-1", "-1", "1", "1", "-1", "-1", "-1", "1", "1", "1", "-1", "-1"], rows.Skip(1).Take(15).Select(r => r[11]));
        Assert.All(rows.Skip(1), r => Assert.Equal(["FALSE", "0", "common_cause", "NA", "increase"], [r[10], r[13], r[14], r[15], r[16]]));
        // By the same formula (mean − 2/3 × 2.66 × average moving range = −1.960), the 18th value, −1.967, is close to
        // the lower limit: one point alone, so still common cause.
        Assert.Equal([.. Enumerable.Range(1, 20).Select(i => i == 18 ? "TRUE" : "FALSE")], rows.Skip(1).Select(r => r[12]));
    }

    [Fact]
    public void AnOutlierAtTen_IsScreenedFromTheLimits_AsNhsrPlotTheDotsScreensIt()
    {
        // Snapshot r2 (screen_outliers = TRUE): mean_col 0.6694159, lpl -2.383666, upl 3.722497.
        var rows = Rows(WithOutlier(), screen: true);

        AssertLimits(rows, mean: 0.6694159, lpl: -2.383666, upl: 3.722497);
        Assert.Equal(["TRUE", "1", "special_cause_improvement"], [rows[15][10], rows[15][13], rows[15][14]]);
    }

    [Fact]
    public void WithScreeningOff_TheOutlierWidensTheLimits_AsNhsrPlotTheDotsGives()
    {
        // Snapshot r3 (screen_outliers = FALSE): mean_col 0.6694159, lpl -4.596625, upl 5.935457.
        var rows = Rows(WithOutlier(), screen: false);

        AssertLimits(rows, mean: 0.6694159, lpl: -4.596625, upl: 5.935457);
    }

    [Fact]
    public void ShortSeries_IsFlaggedShort_WithNoLimits()
    {
        var rows = Rows(Rnorm20Seed123[..8], screen: true);

        Assert.All(rows.Skip(1), r => Assert.Equal(["TRUE", "NA", "NA", "NA"], [r[5], r[8], r[9], r[10]]));
    }

    [Fact]
    public void ProportionChart_CarriesNumeratorsAndDenominators_AndTarget()
    {
        var data = Enumerable.Range(0, 12).Select(i => new DataPoint(new DateOnly(2024, 1, 1).AddDays(7 * i), 25, 10 + i % 2, 40)).ToList();
        var chart = SpcChart.Compute(data, new SpcSettings(ChartKind.P, ImprovementDirection.Decrease, Target: 20));

        var rows = Parse(SpcCsv.Write("Seen within 2 weeks, %", data, chart));

        Assert.Equal(["improvement_direction", "numerator", "denominator"], rows[0][^3..]);
        Assert.Equal(["20", "decrease", "11", "40"], rows[2][^4..]);
        Assert.Equal("\"Seen within 2 weeks, %\"", rows[1][2]);
    }

    private static double[] WithOutlier()
    {
        var values = (double[])Rnorm20Seed123.Clone();
        values[14] = 10;
        return values;
    }

    private static void AssertLimits(List<string[]> rows, double mean, double lpl, double upl)
    {
        // The snapshot prints seven significant figures: agree to within the last one printed.
        Assert.All(rows.Skip(1), r =>
        {
            Assert.Equal(mean, Number(r[7]), 1e-7);
            Assert.Equal(lpl, Number(r[8]), 1e-6);
            Assert.Equal(upl, Number(r[9]), 1e-6);
        });
    }

    private static List<string[]> Rows(double[] values, bool screen)
    {
        var data = values.Select((v, i) => new DataPoint(new DateOnly(2020, 1, 2).AddDays(i), v)).ToList();
        return Parse(SpcCsv.Write("no facet", data, SpcChart.Compute(data, new SpcSettings(ScreenOutliers: screen))));
    }

    /// <summary>Splits on commas outside quotes; quoted cells keep their quotes, so the test sees what was written.</summary>
    private static List<string[]> Parse(string csv) =>
        [.. csv.TrimEnd('\n').Split('\n').Select(line => System.Text.RegularExpressions.Regex.Split(line, ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"))];

    private static double Number(string cell) => double.Parse(cell, CultureInfo.InvariantCulture);
}
