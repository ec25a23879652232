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

    public static string KindName(ChartKind kind) => kind switch
    {
        ChartKind.P => "p-chart",
        ChartKind.C => "c-chart",
        ChartKind.U => "u-chart",
        _ => "XmR chart",
    };

    public static string Direction(ImprovementDirection direction) => direction switch
    {
        ImprovementDirection.Increase => "Higher is better.",
        ImprovementDirection.Decrease => "Lower is better.",
        _ => "Neither higher nor lower is better.",
    };

    /// <summary>Why a period has no limits: a run chart until it has 12 points.</summary>
    public static string NoLimits(SpcPeriod period) =>
        $"{Count(period.Count, "point")} {(period.Index == 0 ? "so far" : "since the limits were recalculated")}: process limits are shown once there are {SpcSettings.MinimumForLimits}, so until then this is a run chart.";

    /// <summary>What the chart shows: points and dates, each period's mean and limits, the signals, the icons.</summary>
    public static string Describe(Measure measure, SpcChartLayout layout, IReadOnlyList<Experiment> experiments)
    {
        var chart = layout.Chart;
        var points = chart.Points;
        var parts = new List<string>
        {
            $"{measure.Name}, {KindName(chart.Settings.Kind)}: {Count(points.Count, "point")} from {Date(points[0].Date)} to {Date(points[^1].Date)}.",
        };
        foreach (var period in chart.Periods)
            parts.Add(Period(period, chart, measure, experiments));
        parts.Add(chart.Signals.Count == 0
            ? "No special-cause signals: the variation is what this process usually produces."
            : "Special cause: " + string.Join("; ", chart.Signals.Select(s => Signal(s, chart, measure.Unit))) + ".");
        parts.Add(Direction(chart.Settings.Direction));
        parts.Add(IconText.Variation(chart.Variation) + ".");
        if (chart.Assurance != AssuranceIcon.None)
            parts.Add(IconText.Assurance(chart.Assurance, chart.Settings.Target!.Value, measure.Unit) + ".");
        if (layout.Markers.Count > 0)
            parts.Add("Experiments marked: " + string.Join("; ", layout.Markers.Select(m => $"{m.Number}, {m.Experiment.Plan.Change}, from {Date(m.Experiment.Plan.StartsOn!.Value)}")) + ".");
        return string.Join(' ', parts);
    }

    private static string Period(SpcPeriod period, SpcChart chart, Measure measure, IReadOnlyList<Experiment> experiments)
    {
        var unit = measure.Unit;
        var opening = period.Index == 0
            ? $"Baseline of the first {Count(period.BaselineCount, "point")}"
            : $"Limits recalculated from {Date(period.From)}{Why(measure, period.From, experiments)}, baseline {Count(period.BaselineCount, "point")}";
        var mean = $"mean {WithUnit(period.Mean, unit)}";
        var limits = !period.HasLimits ? " " + NoLimits(period)
            : period.UpperLimit is { } upper ? $", process limits {WithUnit(period.LowerLimit!.Value, unit)} to {WithUnit(upper, unit)}."
            : ", process limits that vary with each point's denominator (see the table).";
        var change = period.Change switch
        {
            PeriodChange.Improvement => " The mean moved in the better direction: an improvement.",
            PeriodChange.Concern => " The mean moved in the worse direction: a concern.",
            _ => "",
        };
        return $"{opening}: {mean}{(limits.StartsWith(' ') ? "." + limits : limits)}{change}";
    }

    private static string Why(Measure measure, DateOnly from, IReadOnlyList<Experiment> experiments)
    {
        var recalculation = measure.Recalculations.Where(r => r.From <= from).MaxBy(r => r.From);
        if (recalculation is null)
            return "";
        var experiment = experiments.FirstOrDefault(e => e.Id == recalculation.ExperimentId);
        return experiment is null ? $" ({recalculation.Reason})" : $" when the experiment \u201c{experiment.Plan.Change}\u201d started ({recalculation.Reason})";
    }

    /// <summary>One signal in words, e.g. "7 points in a row below the mean, 3 Feb 2025 to 17 Mar 2025 (an improvement)".</summary>
    public static string Signal(SpcSignal signal, SpcChart chart, string unit)
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
        return what + signal.Improvement switch { true => " (an improvement)", false => " (a concern)", _ => "" };
    }

    /// <summary>A point's signals for the data table, strongest first, e.g. "Trend of 7, run of 7: improvement"; empty for common cause.</summary>
    public static string PointSignals(SpcPoint point) => !point.IsSpecialCause
        ? ""
        : string.Join(", ", point.Signals.Select(Name)) + ": " + point.Type switch
        {
            PointType.Improvement => "improvement",
            PointType.Concern => "concern",
            PointType.NeutralHigh => "neutral, high",
            _ => "neutral, low",
        };

    public static string Name(SignalKind kind) => kind switch
    {
        SignalKind.OutsideLimits => "Outside the limits",
        SignalKind.Run => "Run of 7",
        SignalKind.Trend => "Trend of 7",
        _ => "2 of 3 near a limit",
    };

    public static string Count(int n, string noun) => $"{n:N0} {noun}{(n == 1 ? "" : "s")}";
}
