using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Convening.Web.GraphQL.Common;
using Convening.Web.GraphQL.Groups;
using Convening.Web.GraphQL.Places;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

public sealed class CycleType : ObjectGraphType<CycleSummary>
{
    public CycleType()
    {
        Name = "Cycle";
        Description = "A learning cycle: a group's question, worked through understand, plan, try, reflect and share. " +
            "Anyone sees its question, group and stage; the rest is for members of the group (others get group.members-only).";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle's id.");
        Field(x => x.Question).Description("The question the cycle is exploring.");
        Field<NonNullGraphType<CycleStageType>, CycleStage>("stage").Description("The stage it is at now.").Resolve(ctx => ctx.Source.Stage);
        Field(x => x.StartedAt).Description("When it was started.");
        Field<NonNullGraphType<GroupType>, GroupSummary>("group")
            .Description("The group whose cycle it is.")
            .ResolveAsync(async ctx => await ctx.Grains().GetGrain<IGroupGrain>(ctx.Source.GroupId).GetSummary());
        Field<NonNullGraphType<PlaceType>, PlaceView>("place")
            .Description("The place the group is in.")
            .ResolveAsync(async ctx => await ctx.Grains().GetGrain<IPlaceGrain>(ctx.Source.PlaceSlug).Get());
        Field<GroupRoleType, GroupRole?>("myRole")
            .Description("Your role in the cycle's group, or null if you are not a member.")
            .ResolveAsync(async ctx => ctx.CallerId() is null ? null : (await TryView(ctx))?.MyRole);
        Field<StringGraphType, string>("purpose").Description("What the cycle serves.").ResolveAsync(async ctx => (await View(ctx)).Purpose);
        Field<StringGraphType, string>("peopleInvolved").Description("Who is involved.").ResolveAsync(async ctx => (await View(ctx)).Involved);
        Field<CyclePersonType, CyclePerson>("steward").Description("Who stewards the cycle (with the group's convenors, moves it between stages).")
            .ResolveAsync(async ctx => (await View(ctx)).Steward);
        Field<ListGraphType<NonNullGraphType<StageType>>, IReadOnlyList<StageView>>("stages").Description("All five stages in order, with what each produced.")
            .InMemory()
            .ResolveAsync(async ctx => (await View(ctx)).Stages);
        Field<ListGraphType<NonNullGraphType<CycleLinkType>>, IReadOnlyList<CycleLink>>("links").Description("Cycles this one feeds, is fed by, or is a sibling of.")
            .ResolveAsync(async ctx => (await View(ctx)).Links);
        Field<ListGraphType<NonNullGraphType<ExperimentType>>, IReadOnlyList<Experiment>>("experiments").Description("The cycle's experiments, oldest first.")
            .InMemory()
            .ResolveAsync(async ctx => (await View(ctx)).Experiments);
        Field<ListGraphType<NonNullGraphType<MeasureType>>, IReadOnlyList<Measure>>("measures").Description("The cycle's measures; failure demand first once demand is logged.")
            .InMemory()
            .ResolveAsync(async ctx => (await View(ctx)).Measures);
        Field<ListGraphType<NonNullGraphType<DemandEntryType>>, IReadOnlyList<DemandEntry>>("demand")
            .Description("The demand log, newest first.")
            .Argument<IntGraphType>("first", "How many entries to return (1 to 500, default 50).")
            .InMemory()
            .ResolveAsync(async ctx => (await View(ctx)).Demand.Take(PageSize(ctx.GetArgument("first", 50))).ToList());
        Field<ListGraphType<NonNullGraphType<ChangeRecordType>>, IReadOnlyList<MeasureChange>>("history")
            .Description("Corrections and removals of demand entries, and measures removed, newest first (each measure has its own history).")
            .InMemory()
            .ResolveAsync(async ctx => (await View(ctx)).DemandHistory);
        Field<StringGraphType, string?>("boardId").Description("The cycle's live board, at /boards/{boardId}.")
            .ResolveAsync(async ctx => (await View(ctx)).BoardId);
        Field<BooleanGraphType, bool>("canEdit").Description("Whether you may change the cycle.").ResolveAsync(async ctx => (await View(ctx)).CanEdit);
        Field<ListGraphType<NonNullGraphType<CycleLinkRequestType>>, IReadOnlyList<PendingCycleLink>>("linkRequests")
            .Description("Links waiting for an answer: asked of this cycle by another group (incoming) or asked by this cycle's group (outgoing). Only the two groups' members see them.")
            .ResolveAsync(async ctx => (await View(ctx)).PendingLinks);
        Field<BooleanGraphType, bool>("canDecideLinks").Description("Whether you may accept or decline the links asked of this cycle (its steward or a convenor).")
            .ResolveAsync(async ctx => (await View(ctx)).CanDecideLinks);
        Field<BooleanGraphType, bool>("canMoveStage").Description("Whether you may move it to another stage.").ResolveAsync(async ctx => (await View(ctx)).CanMoveStage);
    }

    /// <summary>A mutation that already has the cycle's new view shares it with the fields that follow.</summary>
    public static CycleSummary Remember(IResolveFieldContext ctx, CycleView view)
    {
        ctx.Caller().Cache[Key(view.Summary.Id)] = Task.FromResult<object>(view);
        return view.Summary;
    }

    private static string Key(string cycleId) => "cycle:" + cycleId;

    private static Task<CycleView> View(IResolveFieldContext<CycleSummary> ctx) =>
        ctx.Once(Key(ctx.Source.Id), () => ctx.Grains().GetGrain<ILearningCycleGrain>(ctx.Source.Id).Get(ctx.CallerId()));

    private static async Task<CycleView?> TryView(IResolveFieldContext<CycleSummary> ctx)
    {
        try
        {
            return await View(ctx);
        }
        catch (ConveningException e) when (e.Code == AccessPolicy.MembersOnly)
        {
            return null;
        }
    }

    private static int PageSize(int first) => first is >= 1 and <= 500
        ? first
        : throw new ConveningException("page.size-out-of-range", "Ask for between 1 and 500 entries at a time.");
}
