using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Web.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

public sealed class CycleConnectionType() : ConnectionType<CycleType, CycleSummary>("CycleConnection", "One page of learning cycles, newest first.", "cycles")
{
    /// <summary>Adds a paged "cycles" field to a group or place, read from the owner's cycle index.</summary>
    public static void AddTo<T>(ObjectGraphType<T> owner, string description, Func<T, string> indexKey) =>
        owner.Field<NonNullGraphType<CycleConnectionType>, Page<CycleSummary>>("cycles")
            .Description(description)
            .Argument<IntGraphType>("first", "How many to return (1 to 100, default 20).")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .ResolveAsync(async ctx => await ctx.Grains().GetGrain<ICycleIndexGrain>(indexKey(ctx.Source))
                .List(ctx.GetArgument("first", 20), ctx.GetArgument<string?>("after")));
}
