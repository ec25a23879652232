using Convening.Contracts;
using Convening.Contracts.Cycles;

namespace Convening.Grains.Cycles;

public sealed partial class LearningCycleGrain
{
    public async Task<Measure> AddMeasure(NewMeasure command, string? callerId)
    {
        await Editor(callerId);
        if (S.Measures.Count >= CycleLimits.Measures)
            throw new ConveningException("measure.too-many", $"A cycle can have at most {CycleLimits.Measures} measures.");
        var name = Check.Text(command.Name, "name", Limits.NameLength);
        if (S.Measures.Any(m => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            throw ConveningException.Conflict("measure.name-taken", $"This cycle already has a measure called '{name}'.");
        var definition = new MeasureDefinition(NewId(), name,
            Check.Optional(command.Unit, "unit", CycleLimits.UnitLength), command.HigherIsBetter,
            Check.Optional(command.Description, "description", Limits.NoteLength));
        S.Measures.Add(definition);
        await state.WriteStateAsync();
        return MeasureOf(definition);
    }

    public async Task<Measure> AddDataPoints(string measureId, IReadOnlyList<DataPoint> points, string? callerId)
    {
        await Editor(callerId);
        var definition = Editable(measureId);
        if (points.Count == 0)
            throw new ConveningException("measure.no-points", "Enter at least one data point.");
        foreach (var point in points)
        {
            if (point.Date < CycleLimits.EarliestDate || point.Date > CycleLimits.LatestDate)
                throw new ConveningException("measure.date-out-of-range", $"Dates must be between {CycleLimits.EarliestDate:yyyy} and {CycleLimits.LatestDate:yyyy}.");
            if (!double.IsFinite(point.Value))
                throw new ConveningException("measure.bad-value", "A value must be a finite number.");
        }
        if (points.DistinctBy(p => p.Date).Count() != points.Count)
            throw new ConveningException("measure.duplicate-date", "Give each date only once: a measure has one value per date.");
        await Save(definition, points);
        return MeasureOf(definition);
    }

    public async Task<CsvImport> ImportCsv(string measureId, string csv, string? callerId)
    {
        await Editor(callerId);
        var definition = Editable(measureId);
        var (points, problems) = MeasureCsv.Read(csv ?? "");
        if (problems.Count > 0)
            return new CsvImport(0, [.. problems.Take(CycleLimits.CsvProblemsListed)], problems.Count, MeasureOf(definition));
        await Save(definition, points);
        return new CsvImport(points.Count, [], 0, MeasureOf(definition));
    }

    /// <summary>Merges the points in date order; a point on a date already there replaces it.</summary>
    private async Task Save(MeasureDefinition definition, IReadOnlyList<DataPoint> added)
    {
        var byDate = PointsOf(definition.Id).ToDictionary(p => p.Date);
        foreach (var point in added)
            byDate[point.Date] = point;
        if (byDate.Count > CycleLimits.PointsPerMeasure)
            throw new ConveningException("measure.too-many-points", $"A measure can have at most {CycleLimits.PointsPerMeasure:N0} data points; this would make {byDate.Count:N0}.");
        measures.State.Points[definition.Id] = [.. byDate.Values.OrderBy(p => p.Date)];
        await measures.WriteStateAsync();
    }

    private MeasureDefinition Editable(string measureId)
    {
        if (measureId == FailureDemand.MeasureId)
            throw new ConveningException("measure.derived", "The failure demand measure comes from the demand log. Log demand to change it.");
        return S.Measures.Find(m => m.Id == measureId)
            ?? throw ConveningException.NotFound("measure.not-found", "There is no such measure in this cycle.");
    }

    private IReadOnlyList<Measure> AllMeasures()
    {
        var all = S.Measures.Select(MeasureOf).ToList();
        if (FailureDemand.Measure(demand.State.Entries) is { } failure)
            all.Insert(0, failure);
        return all;
    }

    private Measure MeasureOf(MeasureDefinition d) =>
        new(d.Id, d.Name, d.Unit, d.HigherIsBetter, d.Description, Derived: false, PointsOf(d.Id));

    private List<DataPoint> PointsOf(string measureId) =>
        measures.State.Points.TryGetValue(measureId, out var points) ? points : [];
}
