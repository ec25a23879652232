using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Web.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

public static class CycleFields
{
    public static void Add(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<CycleType, CycleSummary>("cycle")
            .Description("A learning cycle by id; null if there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The cycle's id.")
            .ResolveAsync(ctx => NotFound.AsNull(() => Cycle(ctx, ctx.GetArgument<string>("id")).GetSummary()));

        AddCycleMutation<StartCycleInputType>(mutation, "startCycle", "Starts a learning cycle in a group and opens its live board; you become its steward.",
            (ctx, input) => Cycle(ctx, RequestIds.NewId(ctx.CallerId(), input.RequestId))
                .Start(new StartCycle(input.GroupId ?? "", input.Question ?? "", input.Purpose ?? "", input.PeopleInvolved ?? "",
                    string.IsNullOrEmpty(input.LinkTo) ? null : new CycleLinkRequest(input.LinkTo, input.LinkRelation ?? CycleRelation.Sibling)) { RequestId = input.RequestId }, ctx.CallerId()));
        AddCycleMutation<UpdateCycleInputType>(mutation, "updateCycle", "Changes a cycle's question, purpose and people involved.",
            (ctx, input) => Cycle(ctx, input.CycleId).Update(new UpdateCycle(input.Question ?? "", input.Purpose ?? "", input.PeopleInvolved ?? ""), ctx.CallerId()));
        AddCycleMutation<MoveStageInputType>(mutation, "moveStage", "Moves a cycle one stage forward or back; its steward or the group's convenors.",
            (ctx, input) => Cycle(ctx, input.CycleId).MoveStage(input.Stage, ctx.CallerId()));
        AddCycleMutation<RecordStageOutputInputType>(mutation, "recordStageOutput", "Records what a stage produced.",
            (ctx, input) => Cycle(ctx, input.CycleId).RecordStageOutput(input.Stage, input.Output ?? "", ctx.CallerId()));
        AddCycleMutation<LinkCyclesInputType>(mutation, "linkCycles", "Links two cycles; the link shows on both.",
            (ctx, input) => Cycle(ctx, input.CycleId).Link(input.OtherCycleId, input.Relation, ctx.CallerId()));
        AddCycleMutation<UnlinkCyclesInputType>(mutation, "unlinkCycles", "Removes the link between two cycles from both, or withdraws a link request your cycle made.",
            (ctx, input) => Cycle(ctx, input.CycleId).Unlink(input.OtherCycleId, ctx.CallerId()));
        AddCycleMutation<LinkDecisionInputType>(mutation, "acceptCycleLink",
            "Accepts a link another group asked of your cycle: it shows on both. The cycle's steward or the group's convenors (others get cycle.not-steward).",
            (ctx, input) => Cycle(ctx, input.CycleId).AcceptLink(input.OtherCycleId, ctx.CallerId()));
        AddCycleMutation<LinkDecisionInputType>(mutation, "declineCycleLink",
            "Declines a link another group asked of your cycle: the request goes from both cycles. The cycle's steward or the group's convenors.",
            (ctx, input) => Cycle(ctx, input.CycleId).DeclineLink(input.OtherCycleId, ctx.CallerId()));

        CycleContentFields.Add(mutation);
        CorrectionFields.Add(mutation);
    }

    internal static ILearningCycleGrain Cycle(IResolveFieldContext ctx, string id) => ctx.Grains().GetGrain<ILearningCycleGrain>(CheckId(id));

    /// <summary>Cycle ids are 32 hex digits; anything else cannot name a cycle, so say so before asking a grain.</summary>
    private static string CheckId(string id) => Guid.TryParseExact(id, "N", out _)
        ? id
        : throw ConveningException.NotFound("cycle.not-found", "There is no such learning cycle.");

    private static void AddCycleMutation<TInput>(ObjectGraphType mutation, string name, string description, Func<IResolveFieldContext, CycleInput, Task<CycleView>> change)
        where TInput : IGraphType =>
        mutation.AddMutation<CycleType, CycleSummary, TInput>(name, description,
            async ctx => CycleType.Remember(ctx, await change(ctx, ctx.Input<CycleInput>())));
}
