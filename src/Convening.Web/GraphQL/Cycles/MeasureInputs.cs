using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

/// <summary>A new measure as the schema names its fields (chartKind, XMR when left out).</summary>
public sealed record AddMeasureInput(string Name, string Unit, bool HigherIsBetter, ImprovementDirection? Direction, string Description,
    string? RequestId, ChartKind ChartKind = ChartKind.Xmr)
{
    public NewMeasure ToCommand() => new(Name, Unit, HigherIsBetter, Description, Direction, ChartKind) { RequestId = RequestId };
}

public sealed class AddMeasureInputType : CommandInputType<AddMeasureInput>
{
    public AddMeasureInputType() : base("AddMeasureInput", $"A new measure in a cycle (at most {CycleLimits.Measures}).")
    {
        Key<IdGraphType>("cycleId", "The cycle.");
        Field(x => x.Name).Description("What is measured; unique within the cycle.");
        Field(x => x.Unit, nullable: true).Description("The unit, e.g. 'days'.");
        Field(x => x.HigherIsBetter, nullable: true).Description("Whether a higher value is an improvement (when no direction is given).");
        Field<ImprovementDirectionType>("direction").Description("Which way is better; overrides higherIsBetter (NEITHER is possible only here).");
        Field<ChartKindType>("chartKind").Description("XMR (default), P, C or U.");
        Field(x => x.Description, nullable: true).Description("How it is counted.");
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

/// <summary>Points for a measure.</summary>
public sealed record AddDataPointsInput(IReadOnlyList<DataPointInput> Points);

public sealed class AddDataPointsInputType : CommandInputType<AddDataPointsInput>
{
    public AddDataPointsInputType() : base("AddDataPointsInput", $"Data points for a measure; a point on a date that already has one replaces it. At most {CycleLimits.PointsPerMeasure} per measure.")
    {
        Key<IdGraphType>("cycleId", "The cycle.");
        Key<IdGraphType>("measureId", "The measure.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataPointInputType>>>>("points").Description("The points, each date once.");
    }
}

/// <summary>One point as sent: a value, or (p- and u-charts) a numerator and denominator from which the grain works it out.</summary>
public sealed record DataPointInput(DateOnly Date, double? Value, double? Numerator, double? Denominator)
{
    public DataPoint ToPoint() => new(Date, Value ?? double.NaN, Numerator, Denominator);
}

public sealed class DataPointInputType : CommandInputType<DataPointInput>
{
    public DataPointInputType() : base("DataPointInput", "One value on a date; on p- and u-charts, a numerator and denominator instead.")
    {
        Field(x => x.Date).Description("The date.");
        Field(x => x.Value, nullable: true).Description("The value (XmR and c-charts).");
        Field(x => x.Numerator, nullable: true).Description("The count (p- and u-charts).");
        Field(x => x.Denominator, nullable: true).Description("What the count is out of (p- and u-charts), more than 0.");
    }
}

/// <summary>A CSV file's text for a measure.</summary>
public sealed record ImportMeasureCsvInput(string Csv);

public sealed class ImportMeasureCsvInputType : CommandInputType<ImportMeasureCsvInput>
{
    public ImportMeasureCsvInputType() : base("ImportMeasureCsvInput", "A CSV file's text: 'date,value' rows (an optional header; dates like 2025-01-31 or 31/01/2025), or NHSRplotthedots' columns (x, y, and for proportions numerator and denominator; f the same on every row). Every row is imported, or none.")
    {
        Key<IdGraphType>("cycleId", "The cycle.");
        Key<IdGraphType>("measureId", "The measure.");
        Field(x => x.Csv).Description($"The file's text, at most {CycleLimits.CsvBytes / 1024} KB.");
    }
}

public sealed class LogDemandInputType : CommandInputType<LogDemand>
{
    public LogDemandInputType() : base("LogDemandInput", "One demand on a service, in the person's own words; the weekly failure-demand share becomes a measure.")
    {
        Key<IdGraphType>("cycleId", "The cycle.");
        Field(x => x.Date).Description("When the demand was made.");
        Field(x => x.Words).Description("What the person said, in their own words.");
        Field<NonNullGraphType<DemandKindType>>("kind").Description("Value or failure demand.");
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}
