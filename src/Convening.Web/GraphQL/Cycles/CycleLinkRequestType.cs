using Convening.Contracts.Cycles;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

public sealed class CycleLinkRequestType : ObjectGraphType<PendingCycleLink>
{
    public CycleLinkRequestType()
    {
        Name = "CycleLinkRequest";
        Description = "A link waiting for the answer of the group whose cycle was asked; shown on both cycles, to the two groups' members only.";
        Field<NonNullGraphType<CycleRelationType>, CycleRelation>("relation").Description("How the other cycle would relate to this one.").Resolve(ctx => ctx.Source.Relation);
        Field(x => x.Incoming).Description("True when another group asked this cycle; false when this cycle's group asked.");
        Field<NonNullGraphType<CycleType>, CycleSummary>("cycle")
            .Description("The other cycle. Anyone sees its question, group and stage; its members see the rest.")
            .ResolveAsync(async ctx => await ctx.Grains().GetGrain<ILearningCycleGrain>(ctx.Source.OtherId).GetSummary());
        Field<NonNullGraphType<CyclePersonType>, CyclePerson>("requestedBy").Description("Who asked for the link.").Resolve(ctx => ctx.Source.RequestedBy);
        Field(x => x.RequestedAt).Description("When it was asked.");
    }
}
