using Convening.Contracts;
using Convening.Contracts.Principles;
using Convening.Web.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Principles;

public static class PrincipleFields
{
    public static void Add(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<PrincipleType, PrincipleView>("principle")
            .Description("A principle by id; null if there is none you can see (drafts are for their place's curators).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The principle's id.")
            .ResolveAsync(ctx => NotFound.AsNull(() => Principle(ctx, ctx.GetArgument<string>("id")).Get(ctx.CallerId())));

        query.Field<NonNullGraphType<NewestFirstConnectionType<PrincipleSummaryType, PrincipleSummary>>, Page<PrincipleSummary>>("principles")
            .Description("The shared principles library, newest first.")
            .Argument<IntGraphType>("first", "How many to return (1 to 100, default 20).")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .Argument<StringGraphType>("search", "Words that must all appear in the statement, practice, place or themes.")
            .Argument<StringGraphType>("theme", "Only principles with this theme.")
            .Argument<StringGraphType>("place", "Only principles held by this place (its short name).")
            .ResolveAsync(async ctx => await ctx.Grains().GetGrain<IPrincipleLibraryGrain>(IPrincipleLibraryGrain.Key).Search(new LibraryQuery(
                ctx.GetArgument("first", 20), ctx.GetArgument<string?>("after"), ctx.GetArgument<string?>("search"),
                ctx.GetArgument<string?>("theme"), ctx.GetArgument<string?>("place"))));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrincipleType>>>, IReadOnlyList<PrincipleView>>("myFollowedPrinciples")
            .Description("The principles you follow, with their lineage and stories, so you see new adaptations.")
            .ResolveAsync(async ctx =>
            {
                var me = ctx.RequiredCallerId();
                var ids = await ctx.Grains().GetGrain<IPrincipleFollowsGrain>(me).List(me);
                return await Task.WhenAll(ids.Select(id => Principle(ctx, id).Get(me)));
            });

        Add<DraftPrincipleInputType>(mutation, "draftPrinciple", "Drafts a principle for a place; its stewards and group convenors only. Evidence you cannot see, or that is private, is refused.",
            ctx =>
            {
                var draft = ctx.Input<DraftPrinciple>();
                return Principle(ctx, RequestIds.NewId(ctx.CallerId(), draft.RequestId)).Draft(draft, ctx.CallerId());
            });
        Add<RevisePrincipleInputType>(mutation, "revisePrinciple", "Changes a principle's wording, practice, themes and evidence.",
            ctx =>
            {
                var (id, draft) = ctx.Keyed<DraftPrinciple>();
                return Principle(ctx, id).Revise(draft, ctx.CallerId());
            });
        Add<PrincipleIdInputType>(mutation, "publishPrinciple", "Publishes a draft to the shared library.",
            ctx => Principle(ctx, ctx.Input<PrincipleIdInput>().Id).Publish(ctx.CallerId()));
        Add<PrincipleIdInputType>(mutation, "withdrawPrinciple", "Takes a principle out of the library; it can no longer be adopted.",
            ctx => Principle(ctx, ctx.Input<PrincipleIdInput>().Id).Withdraw(ctx.CallerId()));
        Add<AdoptPrincipleInputType>(mutation, "adoptPrinciple", "Adopts a principle for your place, or adapts it with your own wording; a place holds a principle once.",
            ctx =>
            {
                var adopt = ctx.Input<AdoptPrinciple>();
                return Principle(ctx, RequestIds.NewId(ctx.CallerId(), adopt.RequestId)).Adopt(adopt, ctx.CallerId());
            });
        Add<StoryInputType>(mutation, "addStory", "Tells a story of a principle in action; people convened in its place only.",
            ctx =>
            {
                var (id, story, requestId) = ctx.Input<StoryInput>();
                return Principle(ctx, id).AddStory(story, ctx.CallerId(), requestId);
            });
        Add<PrincipleToggleInputType>(mutation, "endorsePrinciple", "Endorses a principle, or stops endorsing it.",
            ctx => Principle(ctx, ctx.Input<PrincipleToggleInput>().Id).Endorse(ctx.Input<PrincipleToggleInput>().On, ctx.CallerId()));
        Add<PrincipleToggleInputType>(mutation, "followPrinciple", "Follows a principle to see its new adaptations and stories, or stops following it.",
            ctx => Principle(ctx, ctx.Input<PrincipleToggleInput>().Id).Follow(ctx.Input<PrincipleToggleInput>().On, ctx.CallerId()));
    }

    private static void Add<TInput>(ObjectGraphType mutation, string name, string description, Func<IResolveFieldContext, Task<PrincipleView>> resolve)
        where TInput : IGraphType =>
        mutation.AddMutation<PrincipleType, PrincipleView, TInput>(name, description, resolve);

    private static IPrincipleGrain Principle(IResolveFieldContext ctx, string id) => ctx.Grains().GetGrain<IPrincipleGrain>(id);
}
