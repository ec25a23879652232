using System.Globalization;
using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;

namespace Convening.Grains.Cycles;

/// <summary>
/// What may change about a measure and how the change is recorded, decided apart from the grain that
/// stores it: chart settings, an edited definition, a recalculation, and the words the history keeps.
/// Each returns the new value or throws the refusal, with its stable code; none stores anything.
/// </summary>
internal static class MeasureRules
{
    public static MeasureSettings CheckSettings(MeasureSettings settings)
    {
        if (!Enum.IsDefined(settings.Direction))
            throw new ConveningException("measure.bad-direction", "Say whether higher or lower is better, or neither.") { Field = "direction" };
        if (!Enum.IsDefined(settings.Kind))
            throw new ConveningException("measure.bad-kind", "A chart is an XmR, p-, c- or u-chart.") { Field = "kind" };
        if (settings.BaselinePoints < SpcSettings.MinimumForLimits || settings.BaselinePoints > SpcSettings.MaximumBaseline)
            throw new ConveningException("measure.bad-baseline", $"A baseline is between {SpcSettings.MinimumForLimits} and {SpcSettings.MaximumBaseline} points: fewer give limits too rough to trust.") { Field = "baseline" };
        if (settings.Target is { } target && !double.IsFinite(target))
            throw new ConveningException("measure.bad-target", "A target must be a number.") { Field = "target" };
        return settings;
    }

    /// <summary>A measure (not the derived failure-demand one) with a new name, unit, description and settings.</summary>
    public static MeasureDefinition Edited(MeasureDefinition old, EditMeasure command, MeasureSettings settings, IEnumerable<MeasureDefinition> all, bool hasPoints)
    {
        var name = Check.Text(command.Name, "name", Limits.NameLength);
        if (all.Any(m => m.Id != old.Id && m.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            throw ConveningException.Conflict("measure.name-taken", $"This cycle already has a measure called '{name}'.");
        if (settings.Kind is ChartKind.P or ChartKind.U && settings.Kind != old.Effective.Kind && hasPoints)
            throw new ConveningException("measure.kind-needs-denominators", "The points so far have no denominators. Start a new measure for the proportion or rate, or remove the points first.") { Field = "kind" };
        return old with
        {
            Name = name,
            Unit = Check.Optional(command.Unit, "unit", CycleLimits.UnitLength),
            Description = Check.OptionalMultiline(command.Description, "description", Limits.NoteLength),
            HigherIsBetter = settings.Direction == ImprovementDirection.Increase,
            Settings = settings,
        };
    }

    /// <summary>A change point from which the limits are recalculated: linked to an experiment or a decision, with data on both sides.</summary>
    public static Recalculation Recalculation(Recalculate command, string reason, MeasureDefinition definition, Func<IReadOnlyList<DataPoint>> pointsNow,
        IReadOnlyList<Experiment> experiments, CyclePerson by, DateTimeOffset at)
    {
        var experiment = string.IsNullOrWhiteSpace(command.ExperimentId) ? null
            : experiments.FirstOrDefault(e => e.Id == command.ExperimentId)
                ?? throw ConveningException.NotFound("measure.experiment-not-found", "There is no such experiment in this cycle.");
        var decision = Check.OptionalMultiline(command.Decision, "decision", CycleLimits.ReasonLength);
        if (experiment is null && decision.Length == 0)
            throw new ConveningException("measure.recalculation-unlinked", "Say which experiment or decision changed the process: limits are recalculated only for a recorded change.") { Field = "experiment" };
        var points = pointsNow();
        if (!points.Any(p => p.Date < command.From))
            throw new ConveningException("measure.recalculation-at-start", "A recalculation starts after the first point: the limits before it come from the baseline.") { Field = "from" };
        if (!points.Any(p => p.Date >= command.From))
            throw new ConveningException("measure.recalculation-no-data", $"There is no data on or after {command.From:yyyy-MM-dd} to recalculate the limits from.") { Field = "from" };
        if (definition.Recalculations.Any(r => r.From == command.From))
            throw ConveningException.Conflict("measure.recalculation-exists", $"The limits are already recalculated from {command.From:yyyy-MM-dd}.");
        if (definition.Recalculations.Count >= CycleLimits.Recalculations)
            throw new ConveningException("measure.too-many-recalculations", $"A measure can have at most {CycleLimits.Recalculations} recalculations.");
        return new Recalculation(command.From, reason, experiment?.Id, decision.Length == 0 ? null : decision, by, at);
    }

    /// <summary>What the history says a recalculation was.</summary>
    public static string Recalculated(Recalculation recalculation, IReadOnlyList<Experiment> experiments) =>
        $"Recalculated the limits from {recalculation.From:yyyy-MM-dd}"
        + (experiments.FirstOrDefault(e => e.Id == recalculation.ExperimentId) is { } experiment ? $" (experiment: {experiment.Plan.Change})" : "");

    public static string Show(DataPoint p) =>
        $"{p.Date:yyyy-MM-dd}: " + (p.Denominator is { } d ? $"{p.Numerator} of {d}" : p.Value.ToString(CultureInfo.InvariantCulture));

    /// <summary>The history's line for an edit: each thing that changed, or that nothing did.</summary>
    public static string Describe(MeasureDefinition old, MeasureDefinition now)
    {
        var changes = new List<string>();
        if (old.Name != now.Name) changes.Add($"name '{old.Name}' to '{now.Name}'");
        if (old.Unit != now.Unit) changes.Add($"unit '{old.Unit}' to '{now.Unit}'");
        if (old.Description != now.Description) changes.Add("description");
        var (a, b) = (old.Effective, now.Effective);
        if (a.Direction != b.Direction) changes.Add($"improvement direction {a.Direction} to {b.Direction}");
        if (a.Target != b.Target) changes.Add($"target {a.Target?.ToString() ?? "none"} to {b.Target?.ToString() ?? "none"}");
        if (a.BaselinePoints != b.BaselinePoints) changes.Add($"baseline {a.BaselinePoints} to {b.BaselinePoints} points");
        if (a.ScreenOutliers != b.ScreenOutliers) changes.Add(b.ScreenOutliers ? "outlier screening on" : "outlier screening off");
        if (a.Kind != b.Kind) changes.Add($"chart {a.Kind} to {b.Kind}");
        return changes.Count == 0 ? "Saved the measure unchanged" : "Changed " + string.Join(", ", changes);
    }
}
