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

        mutation.AddMutation<CycleType, CycleSummary, StartCycleInputType>("startCycle", "Starts a learning cycle in a group and opens its live board; you become its steward.",
            async ctx =>
            {
                var input = ctx.Input<StartCycleInput>();
                return CycleType.Remember(ctx, await Cycle(ctx, RequestIds.NewId(ctx.CallerId(), input.RequestId)).Start(input.ToCommand(), ctx.CallerId()));
            });
        Change<UpdateCycleInputType, UpdateCycleInput>(mutation, "updateCycle", "Changes a cycle's question, purpose and people involved.",
            (cycle, input, me) => cycle.Update(input.ToCommand(), me));
        Change<MoveStageInputType, MoveStageInput>(mutation, "moveStage", "Moves a cycle one stage forward or back; its steward or the group's convenors.",
            (cycle, input, me) => cycle.MoveStage(input.Stage, me));
        Change<RecordStageOutputInputType, RecordStageOutputInput>(mutation, "recordStageOutput", "Records what a stage produced.",
            (cycle, input, me) => cycle.RecordStageOutput(input.Stage, input.Output, me));
        Change<LinkCyclesInputType, CycleLinkRequest>(mutation, "linkCycles", "Links two cycles; the link shows on both.",
            (cycle, link, me) => cycle.Link(link.OtherCycleId, link.Relation, me));
        Change<UnlinkCyclesInputType, OtherCycleInput>(mutation, "unlinkCycles", "Removes the link between two cycles from both, or withdraws a link request your cycle made.",
            (cycle, other, me) => cycle.Unlink(other.OtherCycleId, me));
        Change<LinkDecisionInputType, OtherCycleInput>(mutation, "acceptCycleLink",
            "Accepts a link another group asked of your cycle: it shows on both. The cycle's steward or the group's convenors (others get cycle.not-steward).",
            (cycle, other, me) => cycle.AcceptLink(other.OtherCycleId, me));
        Change<LinkDecisionInputType, OtherCycleInput>(mutation, "declineCycleLink",
            "Declines a link another group asked of your cycle: the request goes from both cycles. The cycle's steward or the group's convenors.",
            (cycle, other, me) => cycle.DeclineLink(other.OtherCycleId, me));

        CycleContentFields.Add(mutation);
        CorrectionFields.Add(mutation);
    }

    internal static ILearningCycleGrain Cycle(IResolveFieldContext ctx, string id) => ctx.Grains().GetGrain<ILearningCycleGrain>(CheckId(id));

    /// <summary>Cycle ids are 32 hex digits; anything else cannot name a cycle, so say so before asking a grain.</summary>
    private static string CheckId(string id) => Guid.TryParseExact(id, "N", out _)
        ? id
        : throw ConveningException.NotFound("cycle.not-found", "There is no such learning cycle.");

    /// <summary>A change to one cycle: its id is the input's key, the rest the record the grain is given.</summary>
    private static void Change<TInput, T>(ObjectGraphType mutation, string name, string description, Func<ILearningCycleGrain, T, string?, Task<CycleView>> change)
        where TInput : IGraphType =>
        mutation.AddMutation<CycleType, CycleSummary, TInput>(name, description, async ctx =>
        {
            var (cycleId, input) = ctx.Keyed<T>();
            return CycleType.Remember(ctx, await change(Cycle(ctx, cycleId), input, ctx.CallerId()));
        });
}
