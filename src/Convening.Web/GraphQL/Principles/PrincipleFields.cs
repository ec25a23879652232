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
            (ctx, i) => Principle(ctx, RequestIds.NewId(ctx.CallerId(), i.RequestId)).Draft(i.ToDraft() with { RequestId = i.RequestId }, ctx.CallerId()));
        Add<RevisePrincipleInputType>(mutation, "revisePrinciple", "Changes a principle's wording, practice, themes and evidence.",
            (ctx, i) => Principle(ctx, i.Id!).Revise(i.ToDraft(), ctx.CallerId()));
        Add<PrincipleIdInputType>(mutation, "publishPrinciple", "Publishes a draft to the shared library.",
            (ctx, i) => Principle(ctx, i.Id!).Publish(ctx.CallerId()));
        Add<PrincipleIdInputType>(mutation, "withdrawPrinciple", "Takes a principle out of the library; it can no longer be adopted.",
            (ctx, i) => Principle(ctx, i.Id!).Withdraw(ctx.CallerId()));
        Add<AdoptPrincipleInputType>(mutation, "adoptPrinciple", "Adopts a principle for your place, or adapts it with your own wording; a place holds a principle once.",
            (ctx, i) => Principle(ctx, RequestIds.NewId(ctx.CallerId(), i.RequestId)).Adopt(new AdoptPrinciple(i.ParentId!, i.PlaceSlug ?? "", i.Statement, i.Practice, i.Story) { RequestId = i.RequestId }, ctx.CallerId()));
        Add<StoryInputType>(mutation, "addStory", "Tells a story of a principle in action; people convened in its place only.",
            (ctx, i) => Principle(ctx, i.Id!).AddStory(i.Story ?? "", ctx.CallerId(), i.RequestId));
        Add<ToggleInputType>(mutation, "endorsePrinciple", "Endorses a principle, or stops endorsing it.",
            (ctx, i) => Principle(ctx, i.Id!).Endorse(i.On, ctx.CallerId()));
        Add<ToggleInputType>(mutation, "followPrinciple", "Follows a principle to see its new adaptations and stories, or stops following it.",
            (ctx, i) => Principle(ctx, i.Id!).Follow(i.On, ctx.CallerId()));
    }

    private static void Add<TInput>(ObjectGraphType mutation, string name, string description, Func<IResolveFieldContext, PrincipleInput, Task<PrincipleView>> resolve)
        where TInput : IGraphType =>
        mutation.AddMutation<PrincipleType, PrincipleView, TInput>(name, description, ctx => resolve(ctx, ctx.Input<PrincipleInput>()));

    private static IPrincipleGrain Principle(IResolveFieldContext ctx, string id) => ctx.Grains().GetGrain<IPrincipleGrain>(id);
}
