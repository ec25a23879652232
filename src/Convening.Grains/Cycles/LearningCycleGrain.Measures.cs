using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;

namespace Convening.Grains.Cycles;

public sealed partial class LearningCycleGrain
{
    public async Task<Measure> AddMeasure(NewMeasure command, string? callerId)
    {
        var editor = await Editor(callerId);
        var requestId = RequestIds.Check(command.RequestId);
        if (S.Requests.Find(editor.Person.Id, requestId) is { } added)
            return MeasureOf(Definition(added));
        if (S.Measures.Count >= CycleLimits.Measures)
            throw new ConveningException("measure.too-many", $"A cycle can have at most {CycleLimits.Measures} measures.");
        var name = Check.Text(command.Name, "name", Limits.NameLength);
        if (S.Measures.Any(m => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            throw ConveningException.Conflict("measure.name-taken", $"This cycle already has a measure called '{name}'.");
        var direction = command.Direction ?? (command.HigherIsBetter ? ImprovementDirection.Increase : ImprovementDirection.Decrease);
        var settings = MeasureRules.CheckSettings(MeasureSettings.Default(direction, command.Kind));
        var definition = new MeasureDefinition(NewId(), name,
            Check.Optional(command.Unit, "unit", CycleLimits.UnitLength), direction == ImprovementDirection.Increase,
            Check.OptionalMultiline(command.Description, "description", Limits.NoteLength))
        { Settings = settings };
        S.Measures.Add(definition);
        S.Requests.Remember(editor.Person.Id, requestId, definition.Id);
        await state.Write(this);
        return MeasureOf(definition);
    }

    public async Task<Measure> AddDataPoints(string measureId, IReadOnlyList<DataPoint> points, string? callerId)
    {
        await Editor(callerId);
        var definition = Editable(measureId);
        if (points.Count == 0)
            throw new ConveningException("measure.no-points", "Enter at least one data point.");
        if (points.Count > CycleLimits.PointsPerMeasure)
            throw new ConveningException("measure.too-many-points", $"A measure can have at most {CycleLimits.PointsPerMeasure:N0} data points.");
        var checkedPoints = points.Select(p => Checked(p, definition)).ToList();
        if (checkedPoints.DistinctBy(p => p.Date).Count() != points.Count)
            throw new ConveningException("measure.duplicate-date", "Give each date only once: a measure has one value per date.");
        await Save(definition, checkedPoints);
        return MeasureOf(definition);
    }

    public async Task<CsvImport> ImportCsv(string measureId, string csv, string? callerId)
    {
        await Editor(callerId);
        var definition = Editable(measureId);
        var (points, problems) = MeasureCsv.Read(csv ?? "", point => MeasurePoints.Check(point, definition.Effective.Kind, EarliestDataDate(), Today()));
        if (problems.Count > 0)
            return new CsvImport(0, [.. problems.Take(CycleLimits.CsvProblemsListed)], problems.Count, MeasureOf(definition));
        await Save(definition, points);
        return new CsvImport(points.Count, [], 0, MeasureOf(definition));
    }

    /// <summary>Merges the points in date order; a point on a date already there replaces it.</summary>
    private async Task Save(MeasureDefinition definition, IReadOnlyList<DataPoint> added, DateOnly? removed = null, MeasureChange? change = null)
    {
        var signalsBefore = SignalKeys(definition);
        if (change is not null)
            Remember(definition.Id, change);
        var byDate = PointsOf(definition.Id).ToDictionary(p => p.Date);
        if (removed is { } gone && !byDate.Remove(gone))
            throw ConveningException.NotFound("measure.point-not-found", $"{definition.Name} has no value on {gone:yyyy-MM-dd}.");
        foreach (var point in added)
            byDate[point.Date] = point;
        if (byDate.Count > CycleLimits.PointsPerMeasure)
            throw new ConveningException("measure.too-many-points", $"A measure can have at most {CycleLimits.PointsPerMeasure:N0} data points; this would make {byDate.Count:N0}.");
        measures.State.Points[definition.Id] = [.. byDate.Values.OrderBy(p => p.Date)];
        await measures.Write(this);
        await TellNewSignals(definition, signalsBefore);
    }

    private DataPoint Checked(DataPoint point, MeasureDefinition definition)
    {
        var (ok, code, message) = MeasurePoints.Check(point, definition.Effective.Kind, EarliestDataDate(), Today());
        return ok ?? throw new ConveningException(code!, message!) { Field = code!.StartsWith("measure.date", StringComparison.Ordinal) ? "date" : "value" };
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.UtcNow.UtcDateTime);

    /// <summary>Baselines often come from before a cycle starts, but not from decades before it.</summary>
    private DateOnly EarliestDataDate() => DateOnly.FromDateTime(S.StartedAt.UtcDateTime).AddYears(-CycleLimits.YearsBeforeCycle);

    private MeasureDefinition Editable(string measureId)
    {
        if (measureId == FailureDemand.MeasureId)
            throw new ConveningException("measure.derived", "The failure demand measure comes from the demand log. Log demand to change it.");
        return Definition(measureId);
    }

    /// <summary>A measure's definition; the failure-demand measure's keeps only its chart settings and change points.</summary>
    private MeasureDefinition Definition(string measureId) =>
        measureId == FailureDemand.MeasureId ? S.FailureDemand ?? FailureDemand.Definition
        : S.Measures.Find(m => m.Id == measureId)
            ?? throw ConveningException.NotFound("measure.not-found", "There is no such measure in this cycle.");

    private IReadOnlyList<Measure> AllMeasures()
    {
        var all = S.Measures.Select(MeasureOf).ToList();
        if (FailureDemand.Measure(demand.State.Entries, S.FailureDemand, HistoryOf(FailureDemand.MeasureId)) is { } failure)
            all.Insert(0, failure);
        return all;
    }

    private Measure MeasureOf(MeasureDefinition d) =>
        new(d.Id, d.Name, d.Unit, d.Description, Derived: false, PointsOf(d.Id), d.Effective, d.Recalculations, HistoryOf(d.Id));

    private List<MeasureChange> HistoryOf(string measureId) =>
        measures.State.History.TryGetValue(measureId, out var history) ? history : [];

    private List<DataPoint> PointsOf(string measureId) =>
        measures.State.Points.TryGetValue(measureId, out var points) ? points : [];
}
