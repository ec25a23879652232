using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

public sealed class MeasureInput
{
    public string CycleId { get; set; } = "";
    public string MeasureId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Unit { get; set; }
    public bool HigherIsBetter { get; set; }
    public ImprovementDirection? Direction { get; set; }
    public ChartKind? ChartKind { get; set; }
    public string? Description { get; set; }
    public List<PointInput> Points { get; set; } = [];
    public string Csv { get; set; } = "";
    public DateOnly Date { get; set; }
    public string Words { get; set; } = "";
    public DemandKind Kind { get; set; }
    public string? RequestId { get; set; }
}

public sealed class PointInput
{
    public DateOnly Date { get; set; }
    public double? Value { get; set; }
    public double? Numerator { get; set; }
    public double? Denominator { get; set; }

    /// <summary>On p- and u-charts the grain works the value out from the numerator and denominator.</summary>
    public DataPoint ToPoint() => new(Date, Value ?? double.NaN, Numerator, Denominator);
}

public sealed class AddMeasureInputType : InputObjectGraphType<MeasureInput>
{
    public AddMeasureInputType()
    {
        Name = "AddMeasureInput";
        Description = $"A new measure in a cycle (at most {CycleLimits.Measures}).";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle.");
        Field(x => x.Name).Description("What is measured; unique within the cycle.");
        Field(x => x.Unit, nullable: true).Description("The unit, e.g. 'days'.");
        Field(x => x.HigherIsBetter, nullable: true).Description("Whether a higher value is an improvement (when no direction is given).");
        Field<ImprovementDirectionType>("direction").Description("Which way is better; overrides higherIsBetter (NEITHER is possible only here).");
        Field<ChartKindType>("chartKind").Description("XMR (default), P, C or U.");
        Field(x => x.Description, nullable: true).Description("How it is counted.");
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

public sealed class AddDataPointsInputType : InputObjectGraphType<MeasureInput>
{
    public AddDataPointsInputType()
    {
        Name = "AddDataPointsInput";
        Description = $"Data points for a measure; a point on a date that already has one replaces it. At most {CycleLimits.PointsPerMeasure} per measure.";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle.");
        Field(x => x.MeasureId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The measure.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataPointInputType>>>>("points").Description("The points, each date once.");
    }
}

public sealed class DataPointInputType : InputObjectGraphType<PointInput>
{
    public DataPointInputType()
    {
        Name = "DataPointInput";
        Description = "One value on a date; on p- and u-charts, a numerator and denominator instead.";
        Field(x => x.Date).Description("The date.");
        Field(x => x.Value, nullable: true).Description("The value (XmR and c-charts).");
        Field(x => x.Numerator, nullable: true).Description("The count (p- and u-charts).");
        Field(x => x.Denominator, nullable: true).Description("What the count is out of (p- and u-charts), more than 0.");
    }
}

public sealed class ImportMeasureCsvInputType : InputObjectGraphType<MeasureInput>
{
    public ImportMeasureCsvInputType()
    {
        Name = "ImportMeasureCsvInput";
        Description = "A CSV file's text: 'date,value' rows (an optional header; dates like 2025-01-31 or 31/01/2025), or NHSRplotthedots' columns (x, y, and for proportions numerator and denominator; f the same on every row). Every row is imported, or none.";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle.");
        Field(x => x.MeasureId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The measure.");
        Field(x => x.Csv).Description($"The file's text, at most {CycleLimits.CsvBytes / 1024} KB.");
    }
}

public sealed class LogDemandInputType : InputObjectGraphType<MeasureInput>
{
    public LogDemandInputType()
    {
        Name = "LogDemandInput";
        Description = "One demand on a service, in the person's own words; the weekly failure-demand share becomes a measure.";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle.");
        Field(x => x.Date).Description("When the demand was made.");
        Field(x => x.Words).Description("What the person said, in their own words.");
        Field<NonNullGraphType<DemandKindType>>("kind").Description("Value or failure demand.");
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}
