using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

public sealed class MeasureType : ObjectGraphType<Measure>
{
    public MeasureType()
    {
        Name = "Measure";
        Description = "A named time series for a cycle, drawn as a Making Data Count chart.";
        Field(x => x.Id).Description("The measure's id within its cycle; the failure-demand measure is 'failure-demand'.");
        Field(x => x.Name).Description("What is measured, e.g. 'Days from first contact to support'.");
        Field(x => x.Unit).Description("The unit, e.g. 'days' or '%'.");
        Field(x => x.HigherIsBetter).Description("Whether a higher value is an improvement (the direction is INCREASE).");
        Field<NonNullGraphType<ImprovementDirectionType>, ImprovementDirection>("direction").Description("Which way is better.").Resolve(ctx => ctx.Source.Settings.Direction);
        Field<FloatGraphType, double?>("target").Description("The target, if any; the assurance icon compares it with the limits.").Resolve(ctx => ctx.Source.Settings.Target);
        Field<NonNullGraphType<IntGraphType>, int>("baselinePoints").Description("How many points of each period the limits come from (default 20).").Resolve(ctx => ctx.Source.Settings.BaselinePoints);
        Field<NonNullGraphType<BooleanGraphType>, bool>("screenOutliers").Description("Whether moving ranges of 3.267 × the average or more are left out of the limits (default on).").Resolve(ctx => ctx.Source.Settings.ScreenOutliers);
        Field<NonNullGraphType<ChartKindType>, ChartKind>("chartKind").Description("XmR, p, c or u.").Resolve(ctx => ctx.Source.Settings.Kind);
        Field(x => x.Description).Description("How it is counted.");
        Field(x => x.Derived).Description("True for measures computed from the demand log, whose points cannot be edited by hand.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataPointType>>>, IReadOnlyList<DataPoint>>("points")
            .Description("The data points in date order.")
            .InMemory()
            .Resolve(ctx => ctx.Source.Points);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecalculationType>>>, IReadOnlyList<Recalculation>>("recalculations")
            .Description("The recorded change points, each starting a period with its own limits.")
            .InMemory()
            .Resolve(ctx => ctx.Source.Recalculations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeRecordType>>>, IReadOnlyList<MeasureChange>>("history")
            .Description("Who corrected, removed or changed what, and why; oldest first.")
            .InMemory()
            .Resolve(ctx => ctx.Source.History);
        Field<NonNullGraphType<SpcChartType>, SpcChart>("chart")
            .Description("The chart computed from the points and settings: per point mean, limits, classification and signals, per period.")
            .InMemory()
            .Resolve(ctx => ctx.Source.Chart());
    }
}

public sealed class DataPointType : ObjectGraphType<DataPoint>
{
    public DataPointType()
    {
        Name = "DataPoint";
        Description = "One value of a measure on a date.";
        Field(x => x.Date).Description("The date.");
        Field(x => x.Value).Description("The value (on p- and u-charts, worked out from the numerator and denominator).");
        Field(x => x.Numerator, nullable: true).Description("On p- and u-charts, the count.");
        Field(x => x.Denominator, nullable: true).Description("On p- and u-charts, what the count is out of.");
    }
}

public sealed class RecalculationType : ObjectGraphType<Recalculation>
{
    public RecalculationType()
    {
        Name = "Recalculation";
        Description = "A recorded change point from which a chart's limits are recalculated.";
        Field(x => x.From).Description("The first date of the new period.");
        Field(x => x.Reason).Description("Why the process changed.");
        Field(x => x.ExperimentId, nullable: true).Description("The experiment that changed it, if any.");
        Field(x => x.Decision, nullable: true).Description("The decision that changed it, if not an experiment.");
        Field<NonNullGraphType<CyclePersonType>, CyclePerson>("by").Description("Who recorded it.").Resolve(ctx => ctx.Source.By);
        Field(x => x.At).Description("When it was recorded.");
    }
}

public sealed class ChangeRecordType : ObjectGraphType<MeasureChange>
{
    public ChangeRecordType()
    {
        Name = "ChangeRecord";
        Description = "One correction or change: who, when, what and why.";
        Field(x => x.At).Description("When.");
        Field<NonNullGraphType<CyclePersonType>, CyclePerson>("by").Description("Who.").Resolve(ctx => ctx.Source.By);
        Field(x => x.What).Description("What changed.");
        Field(x => x.Reason).Description("Why, in their words.");
    }
}
