using Convening.Contracts.Cycles.Spc;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

public sealed class XmrChartType : ObjectGraphType<XmrChart>
{
    public XmrChartType()
    {
        Name = "XmrChart";
        Description = "NHS Making Data Count XmR statistics. Limits need at least two points; with fewer they are null.";
        Field(x => x.Mean, nullable: true).Description("The mean of the values; null with no points.");
        Field(x => x.AverageMovingRange, nullable: true).Description("The average of the differences between consecutive points.");
        Field(x => x.UpperLimit, nullable: true).Description("Upper natural process limit: mean + 2.66 × average moving range.");
        Field(x => x.LowerLimit, nullable: true).Description("Lower natural process limit: mean − 2.66 × average moving range.");
        Field(x => x.UpperNearLimit, nullable: true).Description("Two sigma above the mean; points beyond it count toward 'two out of three'.");
        Field(x => x.LowerNearLimit, nullable: true).Description("Two sigma below the mean.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChartPointType>>>, IReadOnlyList<XmrPoint>>("points")
            .Description("Each point with its moving range and signals.")
            .InMemory()
            .Resolve(ctx => ctx.Source.Points);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpcSignalType>>>, IReadOnlyList<SpcSignal>>("signals")
            .Description("The special-cause signals, in the order they start.")
            .InMemory()
            .Resolve(ctx => ctx.Source.Signals);
    }
}

public sealed class ChartPointType : ObjectGraphType<XmrPoint>
{
    public ChartPointType()
    {
        Name = "ChartPoint";
        Description = "A point on an XmR chart.";
        Field(x => x.Date).Description("The date.");
        Field(x => x.Value).Description("The value.");
        Field(x => x.MovingRange, nullable: true).Description("The difference from the previous point; null for the first.");
        Field("specialCause", x => x.IsSpecialCause).Description("Whether any signal marks this point.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SignalKindType>>>, IReadOnlyList<SignalKind>>("signals")
            .Description("The signals that mark this point.")
            .InMemory()
            .Resolve(ctx => ctx.Source.Signals);
        Field(x => x.Improvement, nullable: true).Description("For a special-cause point, whether its strongest signal is an improvement.");
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
        Field(x => x.Improvement).Description("Whether it is an improvement, given which way is better for the measure.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>, IReadOnlyList<int>>("pointIndexes")
            .Description("The indexes of the points it marks, into the chart's points.")
            .InMemory()
            .Resolve(ctx => ctx.Source.Points);
    }
}
