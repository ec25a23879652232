using Convening.Contracts.Cycles;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Cycles;

[Collection(ClusterCollection.Name)]
public sealed class CsvImportTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task SpreadsheetExport_WithHeaderQuotesUkDatesAndBlankLines_IsImported()
    {
        var (cycle, measureId, id) = await CycleWithMeasure();
        const string csv = "\uFEFFDate,Value\r\n2025-01-06,12\r\n\r\n\"13/01/2025\",\"9.5\"\r\n20/1/2025,7,\r\n";

        var result = await cycle.ImportCsv(measureId, csv, id);

        Assert.Equal(3, result.Imported);
        Assert.Empty(result.Problems);
        Assert.Equal([12, 9.5, 7], result.Measure.Points.Select(p => p.Value));
        Assert.Equal(new DateOnly(2025, 1, 20), result.Measure.Points[^1].Date);
    }

    [Fact]
    public async Task AnyBadRow_ImportsNothing_AndReportsEveryBadRow()
    {
        var (cycle, measureId, id) = await CycleWithMeasure();
        await cycle.AddDataPoints(measureId, [new DataPoint(new DateOnly(2024, 12, 30), 15)], id);
        const string csv = "date,value\n2025-01-06,12\n2025-31-01,9\n2025-01-20,twelve\n2025-01-27\n2025-01-06,11\n2025-02-03,1e999\n";

        var result = await cycle.ImportCsv(measureId, csv, id);

        Assert.Equal(0, result.Imported);
        Assert.Equal(5, result.ProblemCount);
        Assert.Equal([(3, "csv.bad-date"), (4, "csv.bad-number"), (5, "csv.wrong-columns"), (6, "csv.duplicate-date"), (7, "csv.bad-number")],
            result.Problems.Select(p => (p.Row, p.Code)));
        Assert.Contains("'twelve' is not a number", result.Problems[1].Message);
        Assert.Contains("already on row 2", result.Problems[3].Message);
        var kept = Assert.Single((await cycle.Get(id)).Measures).Points;
        Assert.Equal(15, Assert.Single(kept).Value);
    }

    [Fact]
    public async Task AFileThatWouldTakeAMeasurePastItsCap_ImportsNothing()
    {
        var (cycle, measureId, id) = await CycleWithMeasure();
        var start = new DateOnly(2010, 1, 1);
        await cycle.AddDataPoints(measureId, [.. Enumerable.Range(0, CycleLimits.PointsPerMeasure - 1).Select(i => new DataPoint(start.AddDays(i), 1))], id);

        await Refused.With("measure.too-many-points", () => cycle.ImportCsv(measureId, "2009-12-30,5\n2009-12-31,6\n", id));
        await Refused.With("csv.too-large", () => cycle.ImportCsv(measureId, new string('1', CycleLimits.CsvBytes + 1), id));
        await Refused.With("csv.empty", () => cycle.ImportCsv(measureId, "date,value\n\n", id));

        Assert.Equal(CycleLimits.PointsPerMeasure - 1, Assert.Single((await cycle.Get(id)).Measures).Points.Count);
    }

    [Fact]
    public async Task ItsOwnDownloadInNhsrPlotTheDotsColumns_ImportsBack_AsTheSamePoints()
    {
        var (cycle, measureId, id) = await CycleWithMeasure();
        var values = new double[] { 12, 9.5, 7, 11, 13, 8, 10, 12, 9, 11, 14, 10, 25 };
        await cycle.AddDataPoints(measureId, [.. values.Select((v, i) => new DataPoint(new DateOnly(2025, 1, 6).AddDays(7 * i), v))], id);
        var measure = Assert.Single((await cycle.Get(id)).Measures);
        var csv = Contracts.Cycles.Spc.SpcCsv.Write(measure.Name, measure.Points, measure.Chart());
        var copy = await cycle.AddMeasure(new NewMeasure("Copy", "calls", false, ""), id);

        var result = await cycle.ImportCsv(copy.Id, csv, id);

        Assert.Empty(result.Problems);
        Assert.Equal(measure.Points, result.Measure.Points);
    }

    [Fact]
    public async Task PtdSpcOutput_AsRsWriteCsvWritesIt_WithRowNamesAndQuotes_IsImported()
    {
        var (cycle, measureId, id) = await CycleWithMeasure();
        // write.csv(ptd_spc(...)): a first column of row names, quoted text, NA for missing values.
        const string csv = "\"\",\"y\",\"x\",\"f\",\"trajectory\",\"rebase_group\",\"mean_col\",\"lpl\",\"upl\",\"point_type\"\n" +
            "\"1\",12,2025-01-06,\"Repeat calls\",NA,0,10.5,2.1,18.9,\"common_cause\"\n" +
            "\"2\",9,2025-01-13,\"Repeat calls\",NA,0,10.5,2.1,18.9,\"common_cause\"\n";

        var result = await cycle.ImportCsv(measureId, csv, id);

        Assert.Empty(result.Problems);
        Assert.Equal([(new DateOnly(2025, 1, 6), 12.0), (new DateOnly(2025, 1, 13), 9.0)], result.Measure.Points.Select(p => (p.Date, p.Value)));
    }

    [Fact]
    public async Task NhsrPlotTheDotsRows_ForSeveralMeasures_OrWithTextInNumbers_ImportNothing()
    {
        var (cycle, measureId, id) = await CycleWithMeasure();
        const string csv = "y,x,f,mean_col,point_type\n" +
            "4,2025-01-06,Calls,NA,common_cause\n" +
            "5,2025-01-13,Calls,NA,common_cause\n" +
            "6,2025-01-20,Visits,NA,common_cause\n" +
            "lots,2025-01-27,Calls,NA,common_cause\n" +
            "7,2025-02-03,Calls\n";

        var result = await cycle.ImportCsv(measureId, csv, id);

        Assert.Equal([(4, "csv.several-measures"), (5, "csv.bad-number"), (6, "csv.wrong-columns")], result.Problems.Select(p => (p.Row, p.Code)));
        Assert.Contains("Row 4 is for 'Visits', but the rows before it are for 'Calls'", result.Problems[0].Message);
        Assert.Empty(Assert.Single((await cycle.Get(id)).Measures).Points);
        await Refused.With("csv.bad-header", () => cycle.ImportCsv(measureId, "x,mean_col\n2025-01-06,4\n", id));
    }

    [Fact]
    public async Task ProportionRows_TakeTheirNumeratorsAndDenominators_AndAreCheckedLikeAnyOther()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);
        var measure = await cycle.AddMeasure(new NewMeasure("Seen within 2 weeks", "%", true, "", Kind: Contracts.Cycles.Spc.ChartKind.P), team.Member.Id);

        var bad = await cycle.ImportCsv(measure.Id, "y,x,numerator,denominator\nNA,2025-01-06,12,40\nNA,2025-01-13,41,40\nNA,2025-01-20,3,0\n", team.Member.Id);
        var good = await cycle.ImportCsv(measure.Id, "y,x,numerator,denominator\nNA,2025-01-06,12,40\n99,2025-01-13,10,40\n", team.Member.Id);

        Assert.Equal([(3, "csv.numerator-above-denominator"), (4, "csv.denominator-zero")], bad.Problems.Select(p => (p.Row, p.Code)));
        Assert.Equal([30.0, 25.0], good.Measure.Points.Select(p => p.Value));
    }

    [Fact]
    public async Task Observer_CannotImport()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);
        var measure = await cycle.AddMeasure(new NewMeasure("Calls", "", false, ""), team.Member.Id);

        await Refused.With("group.observer-read-only", () => cycle.ImportCsv(measure.Id, "2025-01-06,1\n", team.Observer.Id));

        Assert.Empty(Assert.Single((await cycle.Get(team.Member.Id)).Measures).Points);
    }

    private async Task<(ILearningCycleGrain Cycle, string MeasureId, string EditorId)> CycleWithMeasure()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);
        var measure = await cycle.AddMeasure(new NewMeasure("Repeat calls", "calls", false, ""), team.Member.Id);
        return (cycle, measure.Id, team.Member.Id);
    }
}
