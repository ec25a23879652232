using System.Globalization;
using System.Text;

namespace Convening.Contracts.Cycles.Spc;

/// <summary>
/// A chart as tidy CSV in the columns, names and order of NHSRplotthedots' <c>ptd_spc()</c> output, so
/// an analyst can check our chart against theirs or carry on in R: y, x, f (the measure), trajectory,
/// rebase_group, short_group_warning, fix_y (the value where it is in the baseline), mean_col, lpl, upl,
/// outside_limits, relative_to_mean, close_to_limits, special_cause_flag, point_type, target. Then what
/// ptd_spc takes as arguments rather than columns: improvement_direction, and, for p- and u-charts,
/// numerator and denominator (the data the percentages and rates come from). Missing values are
/// written NA and logicals TRUE/FALSE, as R writes them. Pure.
/// </summary>
public static class SpcCsv
{
    public static readonly IReadOnlyList<string> PtdColumns =
    [
        "y", "x", "f", "trajectory", "rebase_group", "short_group_warning", "fix_y", "mean_col", "lpl", "upl",
        "outside_limits", "relative_to_mean", "close_to_limits", "special_cause_flag", "point_type", "target",
    ];

    public const string DirectionColumn = "improvement_direction";

    public static string Write(string facet, IReadOnlyList<DataPoint> data, SpcChart chart)
    {
        var settings = chart.Settings;
        var fractions = settings.Kind is ChartKind.P or ChartKind.U;
        var csv = new StringBuilder(string.Join(',', PtdColumns)).Append(',').Append(DirectionColumn);
        if (fractions)
            csv.Append(",numerator,denominator");
        csv.Append('\n');
        var byDate = data.ToDictionary(p => p.Date);
        var direction = Direction(settings.Direction);
        var target = Number(settings.Target);
        var f = Text(facet);
        foreach (var p in chart.Points)
        {
            var period = chart.Periods[p.Period];
            bool? outside = p.UpperLimit is { } u && p.LowerLimit is { } l ? p.Value > u || p.Value < l : null;
            bool? close = outside is false && p.UpperTwoSigma is { } u2 && p.LowerTwoSigma is { } l2 ? p.Value > u2 || p.Value < l2 : null;
            string[] cells =
            [
                Number(p.Value), p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f, "NA",
                p.Period.ToString(CultureInfo.InvariantCulture), Logical(!period.HasLimits),
                p.InBaseline ? Number(p.Value) : "NA", Number(p.Mean), Number(p.LowerLimit), Number(p.UpperLimit),
                Logical(outside), Math.Sign(p.Value - p.Mean).ToString(CultureInfo.InvariantCulture), Logical(close),
                p.IsSpecialCause ? "1" : "0", PointType(p.Type), target, direction,
            ];
            csv.Append(string.Join(',', cells));
            if (fractions)
            {
                var point = byDate.GetValueOrDefault(p.Date);
                csv.Append(',').Append(Number(point?.Numerator)).Append(',').Append(Number(point?.Denominator));
            }
            csv.Append('\n');
        }
        return csv.ToString();
    }

    /// <summary>NHSRplotthedots' names for the improvement directions.</summary>
    public static string Direction(ImprovementDirection direction) => direction switch
    {
        ImprovementDirection.Decrease => "decrease",
        ImprovementDirection.Neither => "neutral",
        _ => "increase",
    };

    public static string PointType(PointType type) => type switch
    {
        Spc.PointType.Improvement => "special_cause_improvement",
        Spc.PointType.Concern => "special_cause_concern",
        Spc.PointType.NeutralHigh => "special_cause_neutral_high",
        Spc.PointType.NeutralLow => "special_cause_neutral_low",
        _ => "common_cause",
    };

    private static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "NA";

    private static string Logical(bool? value) => value switch { true => "TRUE", false => "FALSE", null => "NA" };

    /// <summary>
    /// A text cell, quoted where it holds a comma, quote or line break; one that a spreadsheet would run
    /// as a formula (starting =, +, - or @) is kept as text with a leading apostrophe.
    /// </summary>
    private static string Text(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@')
            text = "'" + text;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
