using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

public sealed class MeasureType : ObjectGraphType<Measure>
{
    public MeasureType()
    {
        Name = "Measure";
        Description = "A named time series for a cycle, drawn as an XmR (SPC) chart.";
        Field(x => x.Id).Description("The measure's id within its cycle; the failure-demand measure is 'failure-demand'.");
        Field(x => x.Name).Description("What is measured, e.g. 'Days from first contact to support'.");
        Field(x => x.Unit).Description("The unit, e.g. 'days' or '%'.");
        Field(x => x.HigherIsBetter).Description("Whether a higher value is an improvement; decides which signals are improvements.");
        Field(x => x.Description).Description("How it is counted.");
        Field(x => x.Derived).Description("True for measures computed from the demand log, which cannot be edited by hand.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataPointType>>>, IReadOnlyList<DataPoint>>("points")
            .Description("The data points in date order.")
            .InMemory()
            .Resolve(ctx => ctx.Source.Points);
        Field<NonNullGraphType<XmrChartType>, XmrChart>("chart")
            .Description("The XmR chart statistics computed from the points: mean, natural process limits and special-cause signals.")
            .InMemory()
            .Resolve(ctx => XmrChart.Compute(ctx.Source.Points, ctx.Source.HigherIsBetter));
    }
}

public sealed class DataPointType : ObjectGraphType<DataPoint>
{
    public DataPointType()
    {
        Name = "DataPoint";
        Description = "One value of a measure on a date.";
        Field(x => x.Date).Description("The date.");
        Field(x => x.Value).Description("The value.");
    }
}
