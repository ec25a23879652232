using Convening.Contracts.Cycles;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

public sealed class MeasureInput
{
    public string CycleId { get; set; } = "";
    public string MeasureId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Unit { get; set; }
    public bool HigherIsBetter { get; set; }
    public string? Description { get; set; }
    public List<PointInput> Points { get; set; } = [];
    public string Csv { get; set; } = "";
    public DateOnly Date { get; set; }
    public string Words { get; set; } = "";
    public DemandKind Kind { get; set; }
}

public sealed class PointInput
{
    public DateOnly Date { get; set; }
    public double Value { get; set; }
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
        Field(x => x.HigherIsBetter).Description("Whether a higher value is an improvement.");
        Field(x => x.Description, nullable: true).Description("How it is counted.");
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
        Description = "One value on a date.";
        Field(x => x.Date).Description("The date.");
        Field(x => x.Value).Description("The value.");
    }
}

public sealed class ImportMeasureCsvInputType : InputObjectGraphType<MeasureInput>
{
    public ImportMeasureCsvInputType()
    {
        Name = "ImportMeasureCsvInput";
        Description = "A CSV file's text with 'date,value' rows (an optional header; dates like 2025-01-31 or 31/01/2025). Every row is imported, or none.";
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
    }
}
