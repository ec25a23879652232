using Convening.Contracts.Cycles.Spc;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

public sealed class SpcChartType : ObjectGraphType<SpcChart>
{
    public SpcChartType()
    {
        Name = "SpcChart";
        Description = "A Making Data Count chart: limits fixed on a baseline and extended forward, recalculated only at recorded change points, " +
            "each point classified as NHSRplotthedots does. A period with fewer than 12 points has no limits (a run chart).";
        Field<NonNullGraphType<ChartKindType>, ChartKind>("kind").Description("How the limits are worked out.").Resolve(ctx => ctx.Source.Settings.Kind);
        Field("hasLimits", x => x.HasLimits).Description("Whether any period has enough points (12) for limits.");
        Field<NonNullGraphType<VariationIconType>, VariationIcon>("variation").Description("The variation icon for the latest point.").Resolve(ctx => ctx.Source.Variation);
        Field<NonNullGraphType<AssuranceIconType>, AssuranceIcon>("assurance").Description("The assurance icon against the target.").Resolve(ctx => ctx.Source.Assurance);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChartPointType>>>, IReadOnlyList<SpcPoint>>("points")
            .Description("Each point with the mean and limits that apply to it and the signals that fired.")
            .InMemory()
            .Resolve(ctx => ctx.Source.Points);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChartPeriodType>>>, IReadOnlyList<SpcPeriod>>("periods")
            .Description("The periods between recalculations, each with its baseline, mean and limits.")
            .InMemory()
            .Resolve(ctx => ctx.Source.Periods);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpcSignalType>>>, IReadOnlyList<SpcSignal>>("signals")
            .Description("The special-cause signals, in the order they start.")
            .InMemory()
            .Resolve(ctx => ctx.Source.Signals);
    }
}

public sealed class ChartPointType : ObjectGraphType<SpcPoint>
{
    public ChartPointType()
    {
        Name = "ChartPoint";
        Description = "A point on a chart.";
        Field(x => x.Date).Description("The date.");
        Field(x => x.Value).Description("The value charted: a percentage on a p-chart, a rate on a u-chart.");
        Field(x => x.Period).Description("Which period (0 for the first) the point is in.");
        Field(x => x.InBaseline).Description("Whether the point is in its period's baseline, which the mean and limits come from.");
        Field(x => x.Mean).Description("The mean (centre line) that applies to this point.");
        Field(x => x.UpperLimit, nullable: true).Description("The upper process limit for this point; null on a run chart.");
        Field(x => x.LowerLimit, nullable: true).Description("The lower process limit for this point; null on a run chart.");
        Field(x => x.UpperTwoSigma, nullable: true).Description("Two sigma above the mean; points between it and the upper limit count toward two of three.");
        Field(x => x.LowerTwoSigma, nullable: true).Description("Two sigma below the mean.");
        Field(x => x.MovingRange, nullable: true).Description("On an XmR chart, the difference from the previous point in the same period.");
        Field("specialCause", x => x.IsSpecialCause).Description("Whether any signal marks this point.");
        Field<NonNullGraphType<PointTypeType>, PointType>("type").Description("The point's classification.").Resolve(ctx => ctx.Source.Type);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SignalKindType>>>, IReadOnlyList<SignalKind>>("signals")
            .Description("The rules that fired for this point, strongest first (outside limits, trend, two of three, run).")
            .InMemory()
            .Resolve(ctx => ctx.Source.Signals);
        Field<SignalKindType, SignalKind?>("strongest").Description("The strongest signal, or null for common cause.").Resolve(ctx => ctx.Source.Strongest);
        Field<BooleanGraphType, bool?>("improvement")
            .Description("For a special-cause point, whether it is an improvement; null for common cause or where neither way is better.")
            .Resolve(ctx => ctx.Source.Type switch { PointType.Improvement => true, PointType.Concern => false, _ => null });
    }
}

public sealed class ChartPeriodType : ObjectGraphType<SpcPeriod>
{
    public ChartPeriodType()
    {
        Name = "ChartPeriod";
        Description = "A stretch of points between recalculations.";
        Field(x => x.Index).Description("0 for the first period.");
        Field(x => x.From).Description("The first point's date.");
        Field(x => x.To).Description("The last point's date.");
        Field(x => x.Count).Description("How many points.");
        Field(x => x.BaselineCount).Description("How many of its first points the mean and limits come from.");
        Field(x => x.Mean).Description("The mean of the baseline (p̄ or ū on p- and u-charts, as a percentage or rate).");
        Field(x => x.AverageMovingRange, nullable: true).Description("On an XmR chart, the average moving range of the baseline after screening.");
        Field(x => x.ScreenedRanges).Description("Moving ranges left out as 3.267 × the average or more.");
        Field(x => x.HasLimits).Description("Whether the period has 12 points or more, and so limits.");
        Field(x => x.UpperLimit, nullable: true).Description("The upper limit where it is the same for every point (XmR, c); null otherwise.");
        Field(x => x.LowerLimit, nullable: true).Description("The lower limit where it is the same for every point.");
        Field<NonNullGraphType<PeriodChangeType>, PeriodChange>("change").Description("How the mean moved from the period before.").Resolve(ctx => ctx.Source.Change);
    }
}

public sealed class SpcSignalType : ObjectGraphType<SpcSignal>
{
    public SpcSignalType()
    {
        Name = "SpcSignal";
        Description = "One special-cause signal.";
        Field<NonNullGraphType<SignalKindType>, SignalKind>("kind").Description("Which rule.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<SignalDirectionType>, SignalDirection>("direction").Description("High (above, rising) or low.").Resolve(ctx => ctx.Source.Direction);
        Field(x => x.Improvement, nullable: true).Description("Whether it is an improvement, given which way is better; null where neither is.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>, IReadOnlyList<int>>("pointIndexes")
            .Description("The indexes of the points it marks, into the chart's points.")
            .InMemory()
            .Resolve(ctx => ctx.Source.Points);
    }
}
