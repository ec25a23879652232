using System.Globalization;
using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;

namespace Convening.Web.Cycles;

/// <summary>
/// The words that go with a chart: its text alternative for screen readers (and everyone, as a
/// caption), and what each signal means, in the plain terms of NHS "Making Data Count".
/// </summary>
public static class ChartText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Number(double value) => value.ToString("#,0.##", English);

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", English);

    public static string WithUnit(double value, string unit) =>
        unit.Length == 0 ? Number(value) : unit == "%" ? Number(value) + "%" : $"{Number(value)} {unit}";

    /// <summary>What the chart shows: how many points over what dates, the mean, the limits and the signals.</summary>
    public static string Describe(Measure measure, SpcChartLayout layout)
    {
        var chart = layout.Chart;
        var points = chart.Points;
        var parts = new List<string>
        {
            $"{measure.Name}: {Count(points.Count, "point")} from {Date(points[0].Date)} to {Date(points[^1].Date)}.",
            $"Mean {WithUnit(chart.Mean!.Value, measure.Unit)}.",
            chart.HasLimits
                ? $"Natural process limits {WithUnit(chart.LowerLimit!.Value, measure.Unit)} to {WithUnit(chart.UpperLimit!.Value, measure.Unit)}."
                : "Process limits need at least two points.",
            chart.Signals.Count == 0
                ? "No special-cause signals: the variation is what this process usually produces."
                : "Special cause: " + string.Join("; ", chart.Signals.Select(s => Signal(s, chart, measure.Unit))) + ".",
            measure.HigherIsBetter ? "Higher is better." : "Lower is better.",
        };
        if (layout.Markers.Count > 0)
            parts.Add("Experiments marked: " + string.Join("; ", layout.Markers.Select(m => $"{m.Number}, {m.Experiment.Plan.Change}, from {Date(m.Experiment.Plan.StartsOn!.Value)}")) + ".");
        return string.Join(' ', parts);
    }

    /// <summary>One signal in words, e.g. "7 points in a row below the mean, 3 Feb 2025 to 17 Mar 2025 (an improvement)".</summary>
    public static string Signal(SpcSignal signal, XmrChart chart, string unit)
    {
        var (from, to) = (chart.Points[signal.First], chart.Points[signal.Last]);
        var high = signal.Direction == SignalDirection.High;
        var what = signal.Kind switch
        {
            SignalKind.OutsideLimits => $"{WithUnit(from.Value, unit)} on {Date(from.Date)} is {(high ? "above the upper" : "below the lower")} process limit",
            SignalKind.Run => $"{Count(signal.Points.Count, "point")} in a row {(high ? "above" : "below")} the mean, {Date(from.Date)} to {Date(to.Date)}",
            SignalKind.Trend => $"{Count(signal.Points.Count, "point")} in a row {(high ? "rising" : "falling")}, {Date(from.Date)} to {Date(to.Date)}",
            _ => $"{Count(signal.Points.Count, "point")} close to the {(high ? "upper" : "lower")} limit (2 of 3 beyond two sigma), {Date(from.Date)} to {Date(to.Date)}",
        };
        return what + (signal.Improvement ? " (an improvement)" : " (a concern)");
    }

    /// <summary>A point's signals for the data table, e.g. "Run, trend: improvement"; empty for common cause.</summary>
    public static string PointSignals(XmrPoint point) => !point.IsSpecialCause
        ? ""
        : string.Join(", ", point.Signals.Select(Name)) + (point.Improvement == true ? ": improvement" : ": concern");

    public static string Name(SignalKind kind) => kind switch
    {
        SignalKind.OutsideLimits => "Outside the limits",
        SignalKind.Run => "Run of 7",
        SignalKind.Trend => "Trend of 7",
        _ => "2 of 3 near a limit",
    };

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
