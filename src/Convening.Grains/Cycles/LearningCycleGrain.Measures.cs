using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;
using Convening.Contracts.Groups;
using Convening.Contracts.Notifications;
using Convening.Grains.Notifications;

namespace Convening.Grains.Cycles;

/// <summary>
/// A cycle's measures and their data points, entered by hand or from a CSV file. After points are
/// stored, the group hears of each special-cause signal the chart did not show before (at most
/// <see cref="SignalNotices.PerChange"/>, the newest). Keys make it once per signal: one that
/// vanishes with a correction and comes back is not told again.
/// </summary>
public sealed partial class LearningCycleGrain
{
    public async Task<Measure> AddMeasure(NewMeasure command, string? callerId)
    {
        var editor = await Editor(callerId);
        var requestId = RequestIds.Check(command.RequestId);
        if (S.Requests.Find(editor.Person.Id, requestId) is { } added)
            return Data.Of(Data.Definition(added));
        if (S.Measures.Count >= CycleLimits.Measures)
            throw new ConveningException("measure.too-many", $"A cycle can have at most {CycleLimits.Measures} measures.");
        var name = Check.Text(command.Name, "name", Limits.NameLength);
        if (S.Measures.Any(m => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            throw ConveningException.Conflict("measure.name-taken", $"This cycle already has a measure called '{name}'.");
        var direction = command.Direction ?? (command.HigherIsBetter ? ImprovementDirection.Increase : ImprovementDirection.Decrease);
        var settings = MeasureRules.CheckSettings(MeasureSettings.Default(direction, command.Kind));
        var definition = new MeasureDefinition(CycleRules.NewId(), name,
            Check.Optional(command.Unit, "unit", CycleLimits.UnitLength), direction == ImprovementDirection.Increase,
            Check.OptionalMultiline(command.Description, "description", Limits.NoteLength))
        { Settings = settings };
        S.Measures.Add(definition);
        S.Requests.Remember(editor.Person.Id, requestId, definition.Id);
        await state.Write(this);
        return Data.Of(definition);
    }

    public async Task<Measure> AddDataPoints(string measureId, IReadOnlyList<DataPoint> points, string? callerId)
    {
        await Editor(callerId);
        var data = Data;
        var definition = data.Editable(measureId);
        if (points.Count == 0)
            throw new ConveningException("measure.no-points", "Enter at least one data point.");
        if (points.Count > CycleLimits.PointsPerMeasure)
            throw new ConveningException("measure.too-many-points", $"A measure can have at most {CycleLimits.PointsPerMeasure:N0} data points.");
        var checkedPoints = points.Select(p => data.Checked(p, definition)).ToList();
        if (checkedPoints.DistinctBy(p => p.Date).Count() != points.Count)
            throw new ConveningException("measure.duplicate-date", "Give each date only once: a measure has one value per date.");
        await Save(definition, checkedPoints);
        return Data.Of(definition);
    }

    public async Task<CsvImport> ImportCsv(string measureId, string csv, string? callerId)
    {
        await Editor(callerId);
        var data = Data;
        var definition = data.Editable(measureId);
        var (points, problems) = MeasureCsv.Read(csv ?? "", point => data.Check(point, definition));
        if (problems.Count > 0)
            return new CsvImport(0, [.. problems.Take(CycleLimits.CsvProblemsListed)], problems.Count, data.Of(definition));
        await Save(definition, points);
        return new CsvImport(points.Count, [], 0, Data.Of(definition));
    }

    /// <summary>Merges the points in date order (<see cref="CycleMeasures.Merged"/>), stores them, then tells of new signals.</summary>
    private async Task Save(MeasureDefinition definition, IReadOnlyList<DataPoint> added, DateOnly? removed = null, MeasureChange? change = null)
    {
        var data = Data;
        var signalsBefore = SignalKeys(data.Of(definition));
        if (change is not null)
            data.Remember(definition.Id, change);
        measures.State.Points[definition.Id] = data.Merged(definition, added, removed);
        await measures.Write(this);
        await TellNewSignals(definition, signalsBefore);
    }

    private static HashSet<string> SignalKeys(Measure measure) => SignalNotices.Of(measure.Chart()).Keys.ToHashSet();

    private Task TellNewSignals(MeasureDefinition definition, IReadOnlySet<string> before)
    {
        var signals = SignalNotices.Of(Data.Of(definition).Chart());
        var fresh = signals.Where(s => !before.Contains(s.Key)).OrderByDescending(s => s.Value.Last).Take(SignalNotices.PerChange).ToList();
        if (fresh.Count == 0)
            return Task.CompletedTask;
        var (cycle, group) = (Id, S.GroupId);
        return this.Run(logger, "telling the group of new signals", async () =>
        {
            var members = await GrainFactory.GetGrain<IGroupGrain>(group).MemberNames();
            var steps = fresh.Select(s => FanOutStep.Tell(SignalNotices.New(cycle, definition.Id, definition.Name, group, s.Key, s.Value))).ToList();
            // In the background: a 500-member group is told in batches, not inside this call.
            await GrainFactory.GetGrain<INoticeFanOutGrain>("cycle:" + cycle)
                .Start(new FanOut(string.Join('|', steps.Select(s => s.Notice!.Key)), [.. members.Select(m => m.Id)], steps));
        });
    }
}
