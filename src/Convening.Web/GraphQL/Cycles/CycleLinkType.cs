using Convening.Contracts.Cycles;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

public sealed class CycleLinkType : ObjectGraphType<CycleLink>
{
    public CycleLinkType()
    {
        Name = "CycleLink";
        Description = "A link to another cycle, shown on both cycles.";
        Field<NonNullGraphType<CycleRelationType>, CycleRelation>("relation").Description("How the other cycle relates to this one.").Resolve(ctx => ctx.Source.Relation);
        Field<NonNullGraphType<CycleType>, CycleSummary>("cycle")
            .Description("The other cycle. Anyone sees its question, group and stage; its members see the rest.")
            .ResolveAsync(async ctx => await ctx.Grains().GetGrain<ILearningCycleGrain>(ctx.Source.OtherId).GetSummary());
        Field<NonNullGraphType<CyclePersonType>, CyclePerson>("linkedBy").Description("Who made the link.").Resolve(ctx => ctx.Source.LinkedBy);
        Field(x => x.LinkedAt).Description("When the link was made.");
    }
}
